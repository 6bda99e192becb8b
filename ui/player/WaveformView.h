#pragma once
// The call's waveform as peak bars; the played part in the accent colour.
// Click or drag to seek; arrow keys step five seconds.

#include "common/Theme.h"

#include <QVector>
#include <QWidget>

namespace cr::ui {

class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    void setPeaks(QVector<float> peaks);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    int peakCount() const { return int(m_peaks.size()); }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    qint64 positionAt(int x) const;

    Theme m_theme = Theme::standard();
    QVector<float> m_peaks;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};

} // namespace cr::ui
