#include "drill/ArtifactDialog.h"

#include "common/Format.h"
#include "jobs/Background.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace cr::ui {

namespace {
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;

struct LoadedArtifact
{
    QByteArray bytes;
    QString note;
    QString error;
    ArtifactPage first;
};

bool drawable(const QByteArray& bytes)
{
    if (isPdf(bytes))
        return true;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).canRead();
}

// Reads the artifact's file, or its preview when the original (an e-mail,
// a web page) is not something a viewer draws, and draws its first page.
LoadedArtifact loadArtifact(const QString& roomPath, const Artifact& artifact, QSize box)
{
    LoadedArtifact out;
    auto store = RoomStore::open(roomPath, RoomStore::OpenMode::ReadOnly);
    if (!store) {
        out.error = store.error().toString();
        return out;
    }
    if (!artifact.mediaSha256.isEmpty())
        if (auto bytes = (*store)->media(artifact.mediaSha256); bytes && drawable(*bytes))
            out.bytes = *bytes;
    if (out.bytes.isEmpty() && !artifact.thumbnailSha256.isEmpty()) {
        if (auto thumb = (*store)->media(artifact.thumbnailSha256); thumb && !thumb->isEmpty()) {
            out.bytes = *thumb;
            out.note = ArtifactDialog::tr("The original is not a picture or a PDF; this is its preview.");
        }
    }
    if (out.bytes.isEmpty()) {
        out.error = ArtifactDialog::tr("This artifact has no picture to show.");
        return out;
    }
    out.first = renderArtifactPage(out.bytes, 0, box);
    return out;
}
} // namespace

ArtifactDialog::ArtifactDialog(QString roomPath, const Theme& theme, QWidget* parent)
    : DrillDialog(theme, tr("Artifact"), parent), m_roomPath(std::move(roomPath)), m_title(new QLabel),
      m_scroll(new QScrollArea), m_picture(new QLabel), m_description(new QLabel), m_pageLabel(new QLabel),
      m_zoomLabel(new QLabel), m_prev(new QToolButton), m_next(new QToolButton), m_prevPage(new QToolButton),
      m_nextPage(new QToolButton), m_zoomOut(new QToolButton), m_zoomFit(new QToolButton),
      m_zoomIn(new QToolButton)
{
    setObjectName(QStringLiteral("artifactDialog"));
    m_title->setObjectName(QStringLiteral("artifactTitle"));
    m_title->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_title->setWordWrap(true);
    m_picture->setObjectName(QStringLiteral("artifactPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setObjectName(QStringLiteral("artifactScroll"));
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageLabel->setObjectName(QStringLiteral("artifactPage"));
    m_zoomLabel->setObjectName(QStringLiteral("artifactZoom"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    auto button = [](QToolButton* b, const QString& text, const QString& tip, const char* name) {
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(name));
        b->setFocusPolicy(Qt::TabFocus);
    };
    button(m_prev, QStringLiteral("◀"), tr("Previous artifact (←)"), "previousArtifact");
    button(m_next, QStringLiteral("▶"), tr("Next artifact (→)"), "nextArtifact");
    button(m_prevPage, tr("‹ Page"), tr("Previous page (Page Up)"), "previousPage");
    button(m_nextPage, tr("Page ›"), tr("Next page (Page Down)"), "nextPage");
    button(m_zoomOut, QStringLiteral("−"), tr("Zoom out (−)"), "zoomOut");
    button(m_zoomFit, tr("Fit"), tr("Fit the page to the window (0)"), "zoomFit");
    button(m_zoomIn, QStringLiteral("+"), tr("Zoom in (+, or Ctrl and the mouse wheel)"), "zoomIn");

    auto* top = new QHBoxLayout;
    top->addWidget(m_prev);
    top->addWidget(m_title, 1);
    top->addWidget(m_next);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_prevPage);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_nextPage);
    tools->addStretch(1);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_zoomFit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_description);

    connect(m_prev, &QToolButton::clicked, this, [this] { showArtifact(m_index - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showArtifact(m_index + 1); });
    connect(m_prevPage, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextPage, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / kZoomStep); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * kZoomStep); });
    connect(m_zoomFit, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    // A resize draws again once the window stops moving, not on every step.
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(80);
    connect(&m_resizeTimer, &QTimer::timeout, this, &ArtifactDialog::render);
}

ArtifactDialog* ArtifactDialog::showFor(const QString& roomPath, const QVector<Artifact>& artifacts, int index,
                                        const Theme& theme, QWidget* parent)
{
    auto* d = new ArtifactDialog(roomPath, theme, parent);
    d->showSized(0.6, 0.85);
    d->showArtifacts(artifacts, index);
    return d;
}

void ArtifactDialog::showEvent(QShowEvent* event)
{
    DrillDialog::showEvent(event);
    // One width for "fit" and "800 % of fit": the zoom buttons stay put.
    m_zoomLabel->setFixedWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("%1 % of fit").arg(800)) + 8);
    m_pageLabel->setMinimumWidth(m_pageLabel->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(88).arg(88)) + 8);
}

void ArtifactDialog::showArtifacts(const QVector<Artifact>& artifacts, int index)
{
    m_artifacts = artifacts;
    showArtifact(index);
}

QSize ArtifactDialog::viewBox() const
{
    const qreal dpr = devicePixelRatioF();
    // The viewport without scroll bars: zooming in and back to fit draws the same size.
    const QSize box = m_scroll->maximumViewportSize().expandedTo(QSize(200, 200));
    return QSize(int(box.width() * dpr), int(box.height() * dpr));
}

void ArtifactDialog::showArtifact(int index)
{
    if (m_artifacts.isEmpty())
        return;
    m_index = qBound(0, index, int(m_artifacts.size()) - 1);
    const Artifact& a = m_artifacts[m_index];
    setWindowTitle(a.title);
    m_title->setText(tr("%1 (%2 of %3)").arg(a.title).arg(m_index + 1).arg(m_artifacts.size()));
    m_bytes.clear();
    m_note.clear();
    m_shown = QImage();
    m_page = 0;
    m_pageCount = 0;
    m_zoom = 1.0;
    m_picture->setPixmap(QPixmap());
    m_picture->setText(tr("Opening…"));
    QStringList lines{artifactKindWord(a.kind)};
    if (a.receivedOn)
        lines << tr("received %1").arg(formatDate(*a.receivedOn));
    QString text = lines.join(QStringLiteral(" · "));
    if (!a.description.isEmpty())
        text += QStringLiteral("\n") + a.description;
    m_description->setText(text);
    updateControls();

    const quint64 generation = ++m_generation;
    runInBackground(
        this, [path = m_roomPath, a, box = viewBox()] { return loadArtifact(path, a, box); },
        [this, generation](const LoadedArtifact& loaded) {
            if (generation != m_generation)
                return; // another artifact was asked for meanwhile
            if (!loaded.error.isEmpty()) {
                m_picture->setText(loaded.error);
                updateControls();
                return;
            }
            m_bytes = loaded.bytes;
            m_note = loaded.note;
            if (!m_note.isEmpty())
                m_description->setText(m_description->text() + QStringLiteral("\n") + m_note);
            onRendered(loaded.first, generation);
        });
}

void ArtifactDialog::showPage(int page)
{
    if (m_pageCount <= 0)
        return;
    const int wanted = qBound(0, page, m_pageCount - 1);
    if (wanted == m_page && !m_shown.isNull())
        return;
    m_page = wanted;
    m_scroll->verticalScrollBar()->setValue(0);
    render();
}

void ArtifactDialog::setZoom(double zoom)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    render();
}

void ArtifactDialog::render()
{
    updateControls();
    if (m_bytes.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [bytes = m_bytes, page = m_page, box = viewBox(), zoom = m_zoom] {
            return renderArtifactPage(bytes, page, box, zoom);
        },
        [this, generation](const ArtifactPage& page) { onRendered(page, generation); });
}

void ArtifactDialog::onRendered(const ArtifactPage& page, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer page, zoom or size is on its way
    m_pageCount = page.pageCount;
    m_page = page.page;
    m_shown = page.image;
    if (m_shown.isNull()) {
        m_picture->setPixmap(QPixmap());
        m_picture->setText(page.problem);
    } else {
        QPixmap pixmap = QPixmap::fromImage(m_shown);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_picture->setText(QString());
        m_picture->setPixmap(pixmap);
    }
    updateControls();
    emit pageShown(m_page);
}

void ArtifactDialog::updateControls()
{
    m_prev->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_artifacts.size());
    const bool pages = m_pageCount > 1;
    m_prevPage->setVisible(pages);
    m_nextPage->setVisible(pages);
    m_pageLabel->setVisible(pages);
    m_prevPage->setEnabled(m_page > 0);
    m_nextPage->setEnabled(m_page + 1 < m_pageCount);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    m_zoomLabel->setText(qFuzzyCompare(m_zoom, 1.0) ? tr("fit") : tr("%1 % of fit").arg(qRound(m_zoom * 100)));
    m_zoomOut->setEnabled(m_zoom > kMinZoom + 1e-6);
    m_zoomIn->setEnabled(m_zoom < kMaxZoom - 1e-6);
    m_zoomFit->setEnabled(!qFuzzyCompare(m_zoom, 1.0));
}

void ArtifactDialog::resizeEvent(QResizeEvent* event)
{
    DrillDialog::resizeEvent(event);
    if (!m_bytes.isEmpty())
        m_resizeTimer.start();
}

void ArtifactDialog::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        showArtifact(m_index - 1);
        return;
    case Qt::Key_Right:
        showArtifact(m_index + 1);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showPage(m_page + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showPage(m_page - 1);
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(m_pageCount - 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * kZoomStep);
        return;
    case Qt::Key_Minus:
        setZoom(m_zoom / kZoomStep);
        return;
    case Qt::Key_0:
        setZoom(1.0);
        return;
    default:
        DrillDialog::keyPressEvent(event);
    }
}

bool ArtifactDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            setZoom(wheel->angleDelta().y() > 0 ? m_zoom * kZoomStep : m_zoom / kZoomStep);
            return true;
        }
    }
    return DrillDialog::eventFilter(watched, event);
}

} // namespace cr::ui
