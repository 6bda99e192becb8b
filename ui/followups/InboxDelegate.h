#pragma once
// Paints an inbox row: its name and open count on the first line; escalated
// and overdue follow-ups on the second, in red with a glyph so they stand
// out without relying on colour; the leader's name when nothing waits long.

#include "common/Theme.h"

#include <QStyledItemDelegate>

namespace cr::ui {

class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InboxDelegate(const Theme& theme, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line as painted ("▲ 2 escalated · ⚠ 3 overdue"), for tests and screen readers.
    static QString alertText(int escalated, int overdue);

private:
    Theme m_theme;
};

} // namespace cr::ui
