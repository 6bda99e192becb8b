#pragma once
// Artifacts lane: thumbnails of what customers receive, title underneath.

#include "report/WallSnapshot.h"
#include "wall/LaneCell.h"

#include <QHash>
#include <QImage>

namespace cr::ui {

class ArtifactsCell : public LaneCell
{
    Q_OBJECT
public:
    static constexpr int kMaxThumbnails = 2;
    ArtifactsCell(const Theme& theme, const StageWall& stage, const QHash<QString, QImage>& thumbnails,
                  QWidget* parent = nullptr);

signals:
    void artifactClicked(int artifactIndex);
};

// Draws an image scaled to fit, centred, on the panel colour.
class ThumbnailView : public QWidget
{
    Q_OBJECT
public:
    ThumbnailView(const Theme& theme, QImage image, const QString& placeholder, QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Theme m_theme;
    QImage m_image;
    QString m_placeholder;
};

} // namespace cr::ui
