#include "followups/InboxDelegate.h"

#include "followups/FollowUpWords.h"
#include "followups/InboxListModel.h"
#include "tray/TrayCommon.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cr::ui {

InboxDelegate::InboxDelegate(const Theme& theme, QObject* parent)
    : QStyledItemDelegate(parent), m_theme(theme)
{
}

QString InboxDelegate::alertText(int escalated, int overdue)
{
    QStringList parts;
    if (escalated > 0)
        parts << tr("%1 %2 escalated").arg(escalatedGlyph(), numberText(escalated));
    if (overdue > 0)
        parts << tr("%1 %2 overdue").arg(overdueGlyph(), numberText(overdue));
    return parts.join(QStringLiteral(" · "));
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    const QFontMetrics name(m_theme.font(m_theme.bodyPx(), QFont::DemiBold));
    const QFontMetrics small(m_theme.font(m_theme.smallPx()));
    return QSize(m_theme.px(220), name.height() + small.height() + m_theme.px(18));
}

void InboxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const int radius = m_theme.px(6);
    const QRect card = r.adjusted(m_theme.px(2), m_theme.px(1), -m_theme.px(2), -m_theme.px(1));
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(card, radius, radius);
        painter->fillPath(path, selected ? m_theme.hover : m_theme.background);
        if (selected) {
            // A bar at the edge, so the chosen inbox shows without colour too.
            painter->fillRect(
                QRect(card.left(), card.top() + m_theme.px(4), m_theme.px(4), card.height() - m_theme.px(8)),
                m_theme.accent);
        }
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(m_theme.focus, 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(0, 0, -1, -1), radius, radius);
    }

    const int pad = m_theme.px(12);
    const QRect inner = card.adjusted(pad, m_theme.px(8), -pad, -m_theme.px(8));
    const int open = index.data(InboxListModel::OpenRole).toInt();
    const int escalated = index.data(InboxListModel::EscalatedRole).toInt();
    const int overdue = index.data(InboxListModel::OverdueRole).toInt();

    // The open count in a pill at the right; an empty inbox's count is muted.
    const QFont countFont = m_theme.font(m_theme.bodyPx(), QFont::DemiBold);
    const QFontMetrics countMetrics(countFont);
    const QString count = numberText(open);
    const int pillWidth = qMax(countMetrics.horizontalAdvance(count) + m_theme.px(14), m_theme.px(30));
    const QRect pill(inner.right() - pillWidth, inner.top(), pillWidth,
                     countMetrics.height() + m_theme.px(2));
    QPainterPath pillPath;
    pillPath.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(pillPath,
                      open > 0 ? (escalated + overdue > 0 ? m_theme.red : m_theme.accent) : m_theme.hairline);
    painter->setFont(countFont);
    painter->setPen(open > 0 ? QColor(Qt::white) : m_theme.mutedText);
    painter->drawText(pill, Qt::AlignCenter, count);

    const QFont nameFont = m_theme.font(m_theme.bodyPx(), QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(m_theme.text);
    const QRect nameRect(inner.left(), inner.top(), pill.left() - inner.left() - m_theme.px(8),
                         pill.height());
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));

    const QFont smallFont =
        m_theme.font(m_theme.smallPx(), escalated + overdue > 0 ? QFont::DemiBold : QFont::Normal);
    painter->setFont(smallFont);
    QString second = alertText(escalated, overdue);
    QColor secondColor = m_theme.red.darker(130); // 4.5:1 on white and on the hover blue
    if (second.isEmpty()) {
        const QString leader = index.data(InboxListModel::LeaderRole).toString();
        second = open == 0 ? tr("nothing waiting") : leader.isEmpty() ? tr("none overdue") : leader;
        secondColor = m_theme.mutedText;
    }
    painter->setPen(secondColor);
    const QRect secondRect(inner.left(), pill.bottom() + m_theme.px(3), inner.width(),
                           QFontMetrics(smallFont).height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(smallFont).elidedText(second, Qt::ElideRight, secondRect.width()));
    painter->restore();
}

} // namespace cr::ui
