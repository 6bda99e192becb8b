#include "fixes/FixCardDelegate.h"

#include "common/Format.h"
#include "fixes/FixCardModel.h"

#include <QPainter>
#include <QPainterPath>

namespace cr::ui {

namespace {

QString dueLine(const FixCard& card)
{
    const Fix& f = card.fix;
    if (card.overdue)
        return FixCardDelegate::tr("Overdue since %1").arg(formatDate(*f.due));
    if (f.status == FixStatus::Verified && f.verifiedOn)
        return FixCardDelegate::tr("Verified %1").arg(formatDate(*f.verifiedOn));
    if (f.status == FixStatus::Done && f.doneOn)
        return FixCardDelegate::tr("Done %1").arg(formatDate(*f.doneOn));
    if (f.due)
        return FixCardDelegate::tr("Due %1").arg(formatDate(*f.due));
    return FixCardDelegate::tr("No due date");
}

QString whoLine(const FixCard& card)
{
    QString who = card.stageName.isEmpty() ? FixCardDelegate::tr("No stage") : card.stageName;
    who += QStringLiteral(" · ") + card.ownerName;
    if (!card.contributorNames.isEmpty())
        who += QStringLiteral(" + ") + card.contributorNames.join(QStringLiteral(", "));
    return who;
}

} // namespace

struct FixCardDelegate::Layout
{
    QFont titleFont, smallFont;
    QRect title, who, due, outcome;
    int height = 0;
};

FixCardDelegate::FixCardDelegate(const Theme& theme, QObject* parent) : QStyledItemDelegate(parent), m_theme(theme) {}

QStringList FixCardDelegate::lines(const FixCard& card)
{
    return {card.fix.title, whoLine(card), dueLine(card), outcomeText(card)};
}

FixCardDelegate::Layout FixCardDelegate::layout(const FixCard& card, int width) const
{
    Layout l;
    l.titleFont = m_theme.font(m_theme.bodyPx(), QFont::DemiBold);
    l.smallFont = m_theme.font(m_theme.smallPx());
    const int pad = m_theme.px(10);
    const int inner = std::max(40, width - 2 * pad - m_theme.px(6));
    const QFontMetrics tm(l.titleFont), sm(l.smallFont);
    int y = pad;
    const int x = pad + m_theme.px(6);
    auto block = [&](const QFontMetrics& fm, const QString& text) {
        const QRect r = fm.boundingRect(QRect(x, y, inner, 10000), Qt::TextWordWrap, text);
        const QRect placed(x, y, inner, r.height());
        y += r.height() + m_theme.px(3);
        return placed;
    };
    l.title = block(tm, card.fix.title);
    y += m_theme.px(2);
    l.who = block(sm, whoLine(card));
    l.due = block(sm, dueLine(card));
    l.outcome = block(sm, outcomeText(card));
    l.height = y + pad;
    return l;
}

QSize FixCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const FixCardModel*>(index.model());
    const FixCard* card = model ? model->card(index.row()) : nullptr;
    if (!card)
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = option.rect.width() > 0 ? option.rect.width() : m_theme.px(300);
    return QSize(width, layout(*card, width).height + m_theme.px(8));
}

void FixCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const FixCardModel*>(index.model());
    const FixCard* card = model ? model->card(index.row()) : nullptr;
    if (!card)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = option.rect.adjusted(0, 0, 0, -m_theme.px(8));
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(QRectF(area).adjusted(0.5, 0.5, -0.5, -0.5), m_theme.px(6), m_theme.px(6));
    painter->fillPath(path, selected ? m_theme.hover : m_theme.panel);
    painter->setPen(QPen(focused ? m_theme.focus : m_theme.hairline, focused ? 2 : 1));
    painter->drawPath(path);
    // The stripe: red when overdue, else the column's colour.
    const QColor stripe = card->overdue                              ? m_theme.red
                          : card->fix.status == FixStatus::Verified ? m_theme.green
                          : card->fix.status == FixStatus::InProgress ? m_theme.accent
                                                                      : m_theme.hairline;
    painter->fillRect(QRect(area.left() + 1, area.top() + m_theme.px(6), m_theme.px(5), area.height() - m_theme.px(12)),
                      stripe);

    const Layout l = layout(*card, area.width());
    const QPoint origin = area.topLeft();
    painter->setPen(m_theme.text);
    painter->setFont(l.titleFont);
    painter->drawText(l.title.translated(origin), Qt::TextWordWrap, card->fix.title);
    painter->setFont(l.smallFont);
    painter->setPen(m_theme.mutedText);
    painter->drawText(l.who.translated(origin), Qt::TextWordWrap, whoLine(*card));
    painter->setPen(card->overdue ? m_theme.red : m_theme.mutedText);
    if (card->overdue) {
        QFont bold = l.smallFont;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
    }
    painter->drawText(l.due.translated(origin), Qt::TextWordWrap, dueLine(*card));
    painter->setFont(l.smallFont);
    const auto& outcome = card->outcome;
    painter->setPen(outcome.better && outcome.significant.value_or(true) ? (*outcome.better ? m_theme.green : m_theme.red)
                                                                          : m_theme.text);
    painter->drawText(l.outcome.translated(origin), Qt::TextWordWrap, outcomeText(*card));
    painter->restore();
}

} // namespace cr::ui
