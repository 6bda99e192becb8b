#pragma once
// Colours and type metrics of the wall (DESIGN.md, "Visual language").
// Every size is a pixel size derived from the window height, so the wall
// reads the same from across a room on a laptop, a TV or a 4K projector.
// The colours themselves come from render::Palette, which the PDF report
// paints with too.

#include "metrics/Metrics.h"
#include "render/Palette.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace cr::ui {

class Theme : public render::Palette
{
public:
    // The wall is designed on a 1080 px high canvas; `scale` stretches it.
    static constexpr double kDesignHeight = 1080.0;
    static Theme forWindowHeight(int height, bool presentation);
    static Theme standard() { return forWindowHeight(int(kDesignHeight), false); }
    // Type read from 4 m (the presentation's player and prompts): the body
    // text is 27 px at 1080 p and 54 px at 2160 p, high contrast.
    static Theme forDistantReading(int windowHeight);
    // The presentation screens: high contrast, type in proportion to the
    // screen's height however small (a 720p projector shows the same page).
    static Theme forPresentationScreen(int screenHeight);

    double scale() const { return m_scale; }
    bool highContrast() const { return m_highContrast; }

    // A length given on the 1080 p canvas, in device pixels now.
    int px(double designPx) const;
    // Lengths that decide how many columns fit; presentation's larger type
    // does not widen them, so the whole journey still fits the screen.
    int layoutPx(double designPx) const;

    // Type sizes in pixels. At 3840x2160: stage name >= 40, headline >= 72, body >= 24.
    int stageNamePx() const { return px(21); }
    int headlinePx() const { return px(38); }
    int valuePx() const { return px(17); }
    int bodyPx() const { return px(13); }
    int smallPx() const { return px(12); } // never below "body" minimum of 12 on 1080 p
    int laneLabelPx() const { return px(12); }

    QFont font(int pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false) const;

    // translated: "on target"...
    static QString statusWord(metrics::KpiStatus status) { return render::kpiStatusWord(status); }
    // a glyph that is the second cue
    static QString statusIcon(metrics::KpiStatus status) { return render::kpiStatusIcon(status); }

    // Application-wide style sheet for dialogs and the top bar.
    QString styleSheet() const;

private:
    double m_scale = 1.0;
    double m_layoutScale = 1.0;
    bool m_highContrast = false;
};

using render::fontFamily;

} // namespace cr::ui
