#include "player/WaveformView.h"

#include <QMouseEvent>
#include <QPainter>

namespace cr::ui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveform"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to jump there. Bands under the waveform are the call's clips."));
    setMinimumHeight(48);
}

void WaveformView::setTheme(const Theme& theme)
{
    m_theme = theme;
    setMinimumHeight(theme.px(84));
    update();
}

void WaveformView::setPeaks(QVector<float> peaks)
{
    m_peaks = std::move(peaks);
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    m_duration = ms;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    m_position = ms;
    update();
}

void WaveformView::setClips(QVector<Range> clips)
{
    m_clips = std::move(clips);
    update();
}

void WaveformView::setMarks(std::optional<qint64> inMs, std::optional<qint64> outMs)
{
    m_in = inMs;
    m_out = outMs;
    update();
}

qint64 WaveformView::positionAt(int x) const
{
    if (width() <= 0 || m_duration <= 0)
        return 0;
    return qBound<qint64>(0, qint64(double(x) / width() * m_duration), m_duration);
}

double WaveformView::xAt(qint64 ms) const
{
    return m_duration > 0 ? double(ms) / m_duration * width() : 0.0;
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    // The bottom strip holds the clips; the waveform sits above it.
    const int band = qMax(4, m_theme.px(8));
    const int waveHeight = height() - band - 2;
    const int mid = waveHeight / 2;

    // A clip being marked: its span shaded behind the bars.
    if (m_in && m_duration > 0) {
        const double x0 = xAt(*m_in);
        const double x1 = m_out ? xAt(*m_out) : xAt(m_position);
        QColor shade = m_theme.hover;
        p.fillRect(QRectF(qMin(x0, x1), 0, qAbs(x1 - x0), waveHeight), shade);
    }

    if (m_peaks.isEmpty()) {
        p.setPen(m_theme.hairline);
        p.drawLine(0, mid, width(), mid);
    } else {
        const double played = m_duration > 0 ? double(m_position) / m_duration : 0;
        const double barWidth = double(width()) / m_peaks.size();
        for (int i = 0; i < m_peaks.size(); ++i) {
            const double x = i * barWidth;
            const double h = qMax(1.0, double(m_peaks[i]) * (waveHeight - 4));
            const QColor c = (x + barWidth / 2) / width() <= played ? m_theme.accent : m_theme.mutedText;
            p.fillRect(QRectF(x, mid - h / 2, qMax(1.0, barWidth - 1), h), c);
        }
    }

    // Saved clips: accent bands along the bottom, a hairline between neighbours.
    for (const Range& r : std::as_const(m_clips)) {
        const double x0 = xAt(r.startMs);
        const double x1 = xAt(r.endMs);
        p.fillRect(QRectF(x0, height() - band, qMax(2.0, x1 - x0), band), m_theme.accent);
        p.fillRect(QRectF(x0, height() - band, 1, band), m_theme.panel);
    }

    // In and out marks: a flag at each, "I" and "O" like the keys that set them.
    auto flag = [&](qint64 ms, const QString& letter) {
        const double x = xAt(ms);
        p.setPen(QPen(m_theme.text, qMax(2, m_theme.px(2)), Qt::DashLine));
        p.drawLine(QPointF(x, 0), QPointF(x, waveHeight));
        QFont f = m_theme.font(m_theme.smallPx(), QFont::Bold);
        p.setFont(f);
        const QRectF box(x + 2, 0, m_theme.px(16), m_theme.px(18));
        p.fillRect(box, m_theme.text);
        p.setPen(m_theme.panel);
        p.drawText(box, Qt::AlignCenter, letter);
    };
    if (m_duration > 0) {
        if (m_in)
            flag(*m_in, tr("I", "in mark on the waveform"));
        if (m_out)
            flag(*m_out, tr("O", "out mark on the waveform"));
        const int x = int(xAt(m_position));
        p.setPen(QPen(m_theme.text, qMax(2, m_theme.px(2))));
        p.drawLine(x, 0, x, height());
    }
    if (hasFocus()) {
        p.setPen(QPen(m_theme.focus, qMax(2, m_theme.px(2))));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    emit seekRequested(positionAt(int(event->position().x())));
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        emit seekRequested(positionAt(int(event->position().x())));
}

} // namespace cr::ui
