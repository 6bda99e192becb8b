#pragma once
// Shared pieces of the big-display screens (presentation wall, stage tour,
// review agenda): type read from 4 m (DESIGN.md: every text at least 53 px on
// a 3840x2160 screen, 27 px at 1080 p) and the few building blocks they share.

#include "common/Theme.h"
#include "report/WallSnapshot.h"

#include <QString>

class QBoxLayout;
class QLayout;
class QWidget;

namespace cr::ui {

class TextLabel;

// Type sizes of the big-display screens, in pixels for the window's theme.
struct PresentType
{
    explicit PresentType(const Theme& theme);
    int body;     // the smallest text anywhere: 27 px at 1080 p, 54 at 2160
    int value;    // figures beside a label
    int title;    // page and stage titles
    int headline; // the one number of a page
    int gap;      // spacing between blocks
};

// Adds a label to `layout`; wraps to `lines` lines.
TextLabel* addLine(QLayout* layout, const QString& text, int pixelSize, const QColor& color, int lines = 1,
                   QFont::Weight weight = QFont::Normal);
// A block heading ("Top complaints").
TextLabel* addHeading(QLayout* layout, const Theme& theme, const QString& text);
// A status dot with its word, never colour alone.
QWidget* statusLine(const Theme& theme, const QColor& color, const QString& glyph, const QString& text,
                    int pixelSize, int lines = 1);

// Text shown on a shared screen: masked unless the presenter turned masking off.
QString shareable(const QString& text, bool mask);

// "NPS +12 ±9 · n 263", "▲ 16 vs Sep (significant)", "≈ −3 vs Sep".
QString npsChangeText(const StageWall& stage, const QString& previousShort);

} // namespace cr::ui
