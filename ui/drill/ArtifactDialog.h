#pragma once
// An artifact full size (the picture itself, or its thumbnail when the
// original is not an image), with previous / next through the stage's artifacts.

#include "drill/DrillDialog.h"
#include "store/RoomStore.h"

class QLabel;
class QToolButton;

namespace cr::ui {

class ArtifactDialog : public DrillDialog
{
    Q_OBJECT
public:
    static ArtifactDialog* showFor(const RoomStore& store, const QVector<Artifact>& artifacts, int index,
                                   const Theme& theme, QWidget* parent);
    int index() const { return m_index; }
    bool hasImage() const { return !m_image.isNull(); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    ArtifactDialog(const RoomStore& store, QVector<Artifact> artifacts, const Theme& theme, QWidget* parent);
    void showArtifact(int index);
    void rescale();

    const RoomStore& m_store;
    QVector<Artifact> m_artifacts;
    int m_index = 0;
    QImage m_image;
    QLabel* m_title;
    QLabel* m_picture;
    QLabel* m_description;
    QToolButton* m_prev;
    QToolButton* m_next;
};

} // namespace cr::ui
