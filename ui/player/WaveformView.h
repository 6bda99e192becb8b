#pragma once
// The call's waveform as peak bars; the played part in the accent colour,
// the call's clips as bands under it and the in/out marks of a clip being
// marked as flags. Click or drag to seek (the player's keys do the rest).

#include "common/Theme.h"

#include <QVector>
#include <QWidget>

#include <optional>

namespace cr::ui {

class WaveformView : public QWidget
{
    Q_OBJECT
public:
    struct Range
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    explicit WaveformView(QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    void setPeaks(QVector<float> peaks);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setClips(QVector<Range> clips);
    void setMarks(std::optional<qint64> inMs, std::optional<qint64> outMs);
    int peakCount() const { return int(m_peaks.size()); }
    qint64 duration() const { return m_duration; }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    qint64 positionAt(int x) const;
    double xAt(qint64 ms) const;

    Theme m_theme = Theme::standard();
    QVector<float> m_peaks;
    QVector<Range> m_clips;
    std::optional<qint64> m_in;
    std::optional<qint64> m_out;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};

} // namespace cr::ui
