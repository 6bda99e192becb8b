#include "demo/DemoFollowUps.h"

#include "followups/FollowUpRules.h"
#include "store/FollowUpStore.h"
#include "store/RoomStore.h"

#include <QCoreApplication>

#include <random>

namespace cr {

namespace {

QString resolutionNote(FollowUpRule rule, int pick)
{
    static const char* const detractor[] = {
        QT_TRANSLATE_NOOP("DemoRoom", "Called the customer back; apologised and applied a £20 credit."),
        QT_TRANSLATE_NOOP("DemoRoom", "Rang twice, no answer; sent an e-mail with a direct number."),
        QT_TRANSLATE_NOOP("DemoRoom", "Spoke to the customer; engineer rebooked for a two-hour slot."),
        QT_TRANSLATE_NOOP("DemoRoom", "Customer happy after the call; the bill was corrected."),
        QT_TRANSLATE_NOOP("DemoRoom", "Called back; the speed issue is a line fault, ticket raised with the network team."),
    };
    static const char* const other[] = {
        QT_TRANSLATE_NOOP("DemoRoom", "Root cause found and a fix proposed on the board."),
        QT_TRANSLATE_NOOP("DemoRoom", "Reviewed with the team leads; a weekly check is in place."),
    };
    if (rule == FollowUpRule::Detractor)
        return QCoreApplication::translate("DemoRoom", detractor[pick % std::size(detractor)]);
    return QCoreApplication::translate("DemoRoom", other[pick % std::size(other)]);
}

} // namespace

Status addDemoFollowUps(RoomStore& store, const QDateTime& now, quint32 seed)
{
    FollowUpStore followUps(store);
    for (int weeksBack = 5; weeksBack >= 0; --weeksBack) {
        const QDateTime tick = now.addDays(-7 * weeksBack);
        // The week's work before the rules run again. Each follow-up has its
        // own pace, drawn from its id: a call-back takes two days to two
        // weeks, a spike or a red KPI three to six weeks; one in ten waits.
        auto open = followUps.followUps(FollowUpFilter{std::nullopt, std::nullopt, true});
        if (!open)
            return open.error();
        for (const FollowUp& f : *open) {
            std::mt19937 rng(seed ^ quint32(f.id * 2654435761u));
            std::uniform_real_distribution<double> chance(0, 1);
            const bool quick = f.rule == FollowUpRule::Detractor;
            const bool waits = chance(rng) < 0.1;
            const int days = quick ? 2 + int(chance(rng) * 12) : 21 + int(chance(rng) * 21);
            const QDateTime resolvedAt = f.raisedAt.addDays(days).addSecs(int(chance(rng) * 8 * 3600));
            const QDateTime acknowledgedAt = f.raisedAt.addDays(1).addSecs(int(chance(rng) * 6 * 3600));
            if (!waits && resolvedAt <= tick) {
                if (auto r = followUps.resolve(f.id, resolutionNote(f.rule, int(rng() % 7)), resolvedAt); !r)
                    return r;
            } else if (f.status == FollowUpStatus::Open && acknowledgedAt <= tick && chance(rng) < 0.6) {
                if (auto r = followUps.acknowledge(f.id, acknowledgedAt); !r)
                    return r;
            }
        }
        if (auto r = FollowUpRules::run(store, tick); !r)
            return r.error();
    }
    return success();
}

} // namespace cr
