#pragma once
// Paints a fix as a card: its title, stage and owner, the due date (red when
// overdue), and what its metric did (before → after).

#include "common/Theme.h"

#include <QStyledItemDelegate>

namespace cr::ui {

struct FixCard;

class FixCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FixCardDelegate(const Theme& theme, QObject* parent = nullptr);
    void setTheme(const Theme& theme) { m_theme = theme; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The lines a card shows, in order (tests read them).
    static QStringList lines(const FixCard& card);

private:
    struct Layout;
    Layout layout(const FixCard& card, int width) const;

    Theme m_theme;
};

} // namespace cr::ui
