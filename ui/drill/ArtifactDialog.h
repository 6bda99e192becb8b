#pragma once
// An artifact at the size it is read: a picture, or a PDF page by page drawn
// at screen resolution (QtPdf, through core), with zoom and previous / next
// through the stage's artifacts. Everything is read and drawn off the GUI
// thread; the dialog holds the room's path, never an open store.

#include "drill/DrillDialog.h"
#include "media/ArtifactPages.h"
#include "store/RoomStore.h"

#include <QTimer>

class QLabel;
class QScrollArea;
class QToolButton;

namespace cr::ui {

class ArtifactDialog : public DrillDialog
{
    Q_OBJECT
public:
    static ArtifactDialog* showFor(const QString& roomPath, const QVector<Artifact>& artifacts, int index,
                                   const Theme& theme, QWidget* parent);
    // The same window shows another stage's artifacts (no second viewer).
    void showArtifacts(const QVector<Artifact>& artifacts, int index);

    int index() const { return m_index; }
    int page() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    double zoom() const { return m_zoom; }
    bool hasImage() const { return !m_shown.isNull(); }
    QSize imageSize() const { return m_shown.size(); }
    void setZoom(double zoom);
    void showPage(int page);

signals:
    void pageShown(int page); // after a page (or picture) is drawn

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ArtifactDialog(QString roomPath, const Theme& theme, QWidget* parent);
    void showArtifact(int index);
    void render();
    void onRendered(const ArtifactPage& page, quint64 generation);
    void updateControls();
    QSize viewBox() const;

    QString m_roomPath;
    QVector<Artifact> m_artifacts;
    int m_index = 0;
    int m_page = 0;
    int m_pageCount = 0;
    double m_zoom = 1.0;
    QByteArray m_bytes;    // the artifact being shown (or its preview)
    QString m_note;        // "this is its preview", when the original cannot be drawn
    quint64 m_generation = 0;
    QImage m_shown;
    QTimer m_resizeTimer;
    QLabel* m_title;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QLabel* m_description;
    QLabel* m_pageLabel;
    QLabel* m_zoomLabel;
    QToolButton* m_prev;
    QToolButton* m_next;
    QToolButton* m_prevPage;
    QToolButton* m_nextPage;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomFit;
    QToolButton* m_zoomIn;
};

} // namespace cr::ui
