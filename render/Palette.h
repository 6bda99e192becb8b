#pragma once
// The wall's colours (DESIGN.md, "Visual language"): one neutral background,
// one accent, and Okabe–Ito status colours that always travel with a glyph
// and a word. The wall's Theme and the PDF report both paint with these.

#include "metrics/Metrics.h"

#include <QColor>
#include <QString>

namespace cr::render {

struct Palette
{
    QColor background; // the wall behind the panels
    QColor panel;      // stage columns
    QColor text;
    QColor mutedText; // still >= 4.5:1 on panel and background
    QColor hairline;
    QColor hover;
    QColor accent;
    QColor focus;
    QColor green;
    QColor amber;
    QColor red;
    QColor neutral; // "not significant" grey

    static Palette wall();         // everyday colours
    static Palette highContrast(); // presentation: read from 4 m

    QColor statusColor(metrics::KpiStatus status) const;
};

// The second cue beside a status colour: a word ("on target") and a glyph.
QString kpiStatusWord(metrics::KpiStatus status); // translated
QString kpiStatusIcon(metrics::KpiStatus status);

// The glyphs and colours of a stage's maturity and of a fix's status.
QString maturityGlyph(Maturity maturity); // ✕ broken, ● reliable, ★ differentiating
QColor maturityColor(const Palette& palette, Maturity maturity);
QString fixStatusGlyph(FixStatus status); // ○ proposed, ◑ in progress, ● done, ✓ verified
QColor fixStatusColor(const Palette& palette, FixStatus status);

// DejaVu Sans has tabular digits, so figures line up in columns.
QString fontFamily();

} // namespace cr::render
