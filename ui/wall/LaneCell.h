#pragma once
// One cell of the wall matrix (a stage x a lane). Gives the cells one
// padding, one set of fonts and one way to say "nothing here yet".

#include "common/Theme.h"
#include "wall/Lane.h"

#include <QVBoxLayout>
#include <QWidget>

namespace cr::ui {

class ClickableFrame;
class TextLabel;

class LaneCell : public QWidget
{
    Q_OBJECT
public:
    LaneCell(const Theme& theme, Lane lane, const QString& stageName, QWidget* parent = nullptr);

    Lane lane() const { return m_lane; }

protected:
    const Theme& theme() const { return m_theme; }
    QVBoxLayout* body() const { return m_body; }

    TextLabel* addText(QLayout* layout, const QString& text, int pixelSize, const QColor& color,
                       int maxLines = 1, QFont::Weight weight = QFont::Normal, bool italic = false);
    // Muted sentence that says what to do when a lane has nothing to show.
    void addEmptyState(const QString& text);
    // "+N more …" in the accent colour; returns the click target.
    ClickableFrame* addMoreLink(const QString& text);

private:
    Theme m_theme;
    Lane m_lane;
    QVBoxLayout* m_body;
};

} // namespace cr::ui
