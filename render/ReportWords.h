#pragma once
// Words the PDF report prints beside its glyphs and numbers (translated,
// context "Report"), and how a change reads: "▲ +6", "≈ +2", "▼ −4".

#include "Domain.h"
#include "metrics/Metrics.h"

#include <QColor>
#include <QString>

namespace cr::render {

struct Palette;

QString maturityWord(Maturity maturity);
QString fixStatusWord(FixStatus status);
QString followUpRuleWord(FollowUpRule rule);
QString followUpStatusWord(const FollowUp& followUp); // "open", "acknowledged", "escalated"

// A change with its verdict: an arrow and the delta when the test says it
// is real, "≈" and the delta in grey when it does not.
struct ChangeCue
{
    QString text;
    QColor color;
};
ChangeCue changeCue(const metrics::ScoreChange& change, bool lowerIsBetter, int decimals,
                    const Palette& palette);

} // namespace cr::render
