#include "drill/StageInfoDialog.h"

#include "wall/StageHeaderCell.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cr::ui {

StageInfoDialog* StageInfoDialog::showFor(const WallSnapshot& wall, const StageWall& stage,
                                          const Theme& theme, QWidget* parent)
{
    const StageReport& r = stage.report;
    auto* d = new StageInfoDialog(theme, r.stage.name, parent);
    d->setObjectName(QStringLiteral("stageInfoDialog"));
    QString html = QStringLiteral("<h2>%1</h2><p>%2 %3</p>")
                       .arg(r.stage.name.toHtmlEscaped(), maturityGlyph(r.stage.maturity),
                            maturityWord(r.stage.maturity));
    if (!r.stage.targetExperience.isEmpty())
        html += QStringLiteral("<p><i>“%1”</i></p>").arg(r.stage.targetExperience.toHtmlEscaped());
    if (!r.stage.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(r.stage.description.toHtmlEscaped());
    if (!stage.moments.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Moments of truth"));
        for (const Moment& m : stage.moments) {
            QString measuredBy;
            for (const KpiReport& k : r.kpis)
                if (k.kpi.momentId && *k.kpi.momentId == m.id)
                    measuredBy = QStringLiteral(" · ") + tr("KPI: %1").arg(k.kpi.name.toHtmlEscaped());
            html += QStringLiteral("<li>%1%2%3</li>")
                        .arg(m.name.toHtmlEscaped(),
                             m.isKey ? QStringLiteral(" <b>★ %1</b>").arg(tr("key moment")) : QString(), measuredBy);
        }
        html += QStringLiteral("</ul>");
    }

    // Feedback is never handed to one department: name everyone who shapes the stage.
    auto department = [&wall](RowId id) {
        for (const Department& d : wall.departments) {
            if (d.id != id)
                continue;
            QStringList people;
            if (!d.leader.isEmpty())
                people << tr("led by %1").arg(d.leader.toHtmlEscaped());
            if (!d.ambassador.isEmpty())
                people << tr("CX ambassador %1").arg(d.ambassador.toHtmlEscaped());
            return people.isEmpty() ? d.name.toHtmlEscaped()
                                    : QStringLiteral("%1 (%2)").arg(d.name.toHtmlEscaped(),
                                                                    people.join(QStringLiteral(", ")));
        }
        return QString();
    };
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Departments"));
    if (r.stage.ownerDepartmentId)
        html += QStringLiteral("<li>%1</li>").arg(tr("Owner: %1").arg(department(*r.stage.ownerDepartmentId)));
    for (RowId id : r.stage.contributingDepartmentIds)
        html += QStringLiteral("<li>%1</li>").arg(tr("Contributes: %1").arg(department(id)));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4</p>")
                .arg(wall.period.label().toHtmlEscaped(),
                     tr("Complaints: %1 · calls: %2").arg(r.complaints.total).arg(r.calls.count),
                     tr("NPS answers: %1 · CSAT: %2 · CES: %3")
                         .arg(r.nps ? r.nps->n : 0)
                         .arg(r.csat ? r.csat->n : 0)
                         .arg(r.ces ? r.ces->n : 0),
                     tr("Fixes open: %1 · done: %2 · verified: %3")
                         .arg(r.fixes.open)
                         .arg(r.fixes.done)
                         .arg(r.fixes.verified));
    auto* label = new QLabel(html);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(label);
    layout->addStretch(1);
    d->showSized(0.45, 0.6);
    return d;
}

} // namespace cr::ui
