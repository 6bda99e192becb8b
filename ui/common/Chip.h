#pragma once
// A status cue that never relies on colour alone: a filled circle holding a
// glyph, followed by a word ("✓ on target", "✕ broken", "★ differentiating").
// Painted by render::drawChip, as the PDF report paints its chips.

#include "common/Theme.h"
#include "render/Chip.h"

#include <QWidget>

namespace cr::ui {

class Chip : public QWidget
{
    Q_OBJECT
public:
    Chip(const Theme& theme, const QColor& color, const QString& glyph, const QString& word, int pixelSize,
         QWidget* parent = nullptr);

    QString word() const { return m_word; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    render::ChipStyle style() const;

    Theme m_theme;
    QColor m_color;
    QString m_glyph;
    QString m_word;
    int m_pixelSize;
};

using render::readableOn;

} // namespace cr::ui
