#include "player/WaveformView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace cr::ui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveform"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to jump there; ← and → step 5 seconds"));
    setMinimumHeight(48);
}

void WaveformView::setTheme(const Theme& theme)
{
    m_theme = theme;
    setMinimumHeight(theme.px(72));
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

qint64 WaveformView::positionAt(int x) const
{
    if (width() <= 0 || m_duration <= 0)
        return 0;
    return qBound<qint64>(0, qint64(double(x) / width() * m_duration), m_duration);
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    const int mid = height() / 2;
    if (m_peaks.isEmpty()) {
        p.setPen(m_theme.hairline);
        p.drawLine(0, mid, width(), mid);
    } else {
        const double played = m_duration > 0 ? double(m_position) / m_duration : 0;
        const double barWidth = double(width()) / m_peaks.size();
        for (int i = 0; i < m_peaks.size(); ++i) {
            const double x = i * barWidth;
            const double h = qMax(1.0, double(m_peaks[i]) * (height() - 4));
            const QColor c = (x + barWidth / 2) / width() <= played ? m_theme.accent : m_theme.mutedText;
            p.fillRect(QRectF(x, mid - h / 2, qMax(1.0, barWidth - 1), h), c);
        }
    }
    if (m_duration > 0) {
        const int x = int(double(m_position) / m_duration * width());
        p.setPen(QPen(m_theme.text, 2));
        p.drawLine(x, 0, x, height());
    }
    if (hasFocus()) {
        p.setPen(QPen(m_theme.focus, 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    emit seekRequested(positionAt(int(event->position().x())));
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        emit seekRequested(positionAt(int(event->position().x())));
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Left) {
        emit seekRequested(qMax<qint64>(0, m_position - 5000));
        return;
    }
    if (event->key() == Qt::Key_Right) {
        emit seekRequested(qMin(m_duration, m_position + 5000));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cr::ui
