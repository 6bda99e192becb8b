#pragma once
// A label painted with a pixel-sized font that wraps to at most `maxLines`
// lines and elides the rest with "…"; the full text goes to the tooltip
// when anything was cut. Mouse events pass through to the click target.

#include <QColor>
#include <QFont>
#include <QWidget>

namespace cr::ui {

class TextLabel : public QWidget
{
    Q_OBJECT
public:
    TextLabel(const QString& text, const QFont& font, const QColor& color, int maxLines = 1,
              QWidget* parent = nullptr);

    QString text() const { return m_text; }
    QFont textFont() const { return m_font; }
    void setText(const QString& text);
    void setAlignment(Qt::Alignment alignment);
    // Exactly as wide as the text: never squeezed, never stretched.
    void fitToText();
    int lineCount() const { return m_maxLines; }
    // As tall as the lines the text takes (up to maxLines) instead of always
    // maxLines: for pages that read top to bottom, not lanes that align.
    void setHeightFollowsText(bool on);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return m_maxLines > 1; }
    int heightForWidth(int width) const override;
    // True when the text did not fit in the last paint.
    bool isElided() const { return m_elided; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList layoutLines(int width, bool* elided) const;
    bool m_heightFollowsText = false;

    QString m_text;
    QFont m_font;
    QColor m_color;
    int m_maxLines = 1;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool m_elided = false;
};

} // namespace cr::ui
