#include "wall/LaneCell.h"

#include "common/ClickableFrame.h"
#include "common/TextLabel.h"

#include <QCoreApplication>

namespace cr::ui {

QString laneKey(Lane lane)
{
    switch (lane) {
    case Lane::Header:
        return QStringLiteral("header");
    case Lane::Scores:
        return QStringLiteral("scores");
    case Lane::Kpis:
        return QStringLiteral("kpis");
    case Lane::Complaints:
        return QStringLiteral("complaints");
    case Lane::Calls:
        return QStringLiteral("calls");
    case Lane::Artifacts:
        return QStringLiteral("artifacts");
    case Lane::Fixes:
        return QStringLiteral("fixes");
    }
    return {};
}

QString laneTitle(Lane lane)
{
    switch (lane) {
    case Lane::Header:
        return QCoreApplication::translate("Lane", "Stage");
    case Lane::Scores:
        return QCoreApplication::translate("Lane", "Scores");
    case Lane::Kpis:
        return QCoreApplication::translate("Lane", "KPIs");
    case Lane::Complaints:
        return QCoreApplication::translate("Lane", "Complaints");
    case Lane::Calls:
        return QCoreApplication::translate("Lane", "Calls");
    case Lane::Artifacts:
        return QCoreApplication::translate("Lane", "Artifacts");
    case Lane::Fixes:
        return QCoreApplication::translate("Lane", "Fixes");
    }
    return {};
}

LaneCell::LaneCell(const Theme& theme, Lane lane, const QString& stageName, QWidget* parent)
    : QWidget(parent), m_theme(theme), m_lane(lane), m_body(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("lane:%1:%2").arg(laneKey(lane), stageName));
    m_body->setContentsMargins(theme.px(10), theme.px(10), theme.px(10), theme.px(10));
    m_body->setSpacing(theme.px(4));
    m_body->setAlignment(Qt::AlignTop);
}

TextLabel* LaneCell::addText(QLayout* layout, const QString& text, int pixelSize, const QColor& color,
                             int maxLines, QFont::Weight weight, bool italic)
{
    auto* label = new TextLabel(text, m_theme.font(pixelSize, weight, italic), color, maxLines);
    layout->addWidget(label);
    return label;
}

void LaneCell::addEmptyState(const QString& text)
{
    auto* label = addText(m_body, text, m_theme.smallPx(), m_theme.mutedText, 3, QFont::Normal, true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setToolTip(text);
}

ClickableFrame* LaneCell::addMoreLink(const QString& text)
{
    auto* frame = new ClickableFrame(m_theme);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(m_theme.px(4), m_theme.px(1), m_theme.px(4), m_theme.px(1));
    addText(layout, text, m_theme.smallPx(), m_theme.accent, 1, QFont::Bold);
    m_body->addWidget(frame);
    return frame;
}

} // namespace cr::ui
