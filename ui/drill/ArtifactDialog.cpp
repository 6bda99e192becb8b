#include "drill/ArtifactDialog.h"

#include "common/Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cr::ui {

ArtifactDialog::ArtifactDialog(const RoomStore& store, QVector<Artifact> artifacts, const Theme& theme,
                               QWidget* parent)
    : DrillDialog(theme, tr("Artifact"), parent), m_store(store), m_artifacts(std::move(artifacts)),
      m_title(new QLabel), m_picture(new QLabel), m_description(new QLabel), m_prev(new QToolButton),
      m_next(new QToolButton)
{
    setObjectName(QStringLiteral("artifactDialog"));
    m_title->setFont(theme.font(theme.valuePx(), QFont::Bold));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 200);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_description->setWordWrap(true);
    m_prev->setText(QStringLiteral("◀"));
    m_prev->setToolTip(tr("Previous artifact"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next artifact"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_prev);
    top->addWidget(m_title, 1);
    top->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_description);
    connect(m_prev, &QToolButton::clicked, this, [this] { showArtifact(m_index - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showArtifact(m_index + 1); });
}

ArtifactDialog* ArtifactDialog::showFor(const RoomStore& store, const QVector<Artifact>& artifacts, int index,
                                        const Theme& theme, QWidget* parent)
{
    auto* d = new ArtifactDialog(store, artifacts, theme, parent);
    d->showArtifact(index);
    d->showSized(0.6, 0.85);
    return d;
}

void ArtifactDialog::showArtifact(int index)
{
    if (m_artifacts.isEmpty())
        return;
    m_index = qBound(0, index, int(m_artifacts.size()) - 1);
    const Artifact& a = m_artifacts[m_index];
    setWindowTitle(a.title);
    m_title->setText(tr("%1 (%2 of %3)").arg(a.title).arg(m_index + 1).arg(m_artifacts.size()));
    m_prev->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_artifacts.size());
    m_image = QImage();
    QString note;
    if (auto bytes = m_store.media(a.mediaSha256))
        m_image = QImage::fromData(*bytes);
    if (m_image.isNull() && !a.thumbnailSha256.isEmpty()) {
        if (auto thumb = m_store.media(a.thumbnailSha256))
            m_image = QImage::fromData(*thumb);
        note = tr("The original is not a picture; this is its preview.");
    }
    if (m_image.isNull())
        note = tr("This artifact has no picture to show.");
    QStringList lines{artifactKindWord(a.kind)};
    if (a.receivedOn)
        lines << tr("received %1").arg(formatDate(*a.receivedOn));
    QString text = lines.join(QStringLiteral(" · "));
    if (!a.description.isEmpty())
        text += QStringLiteral("\n") + a.description;
    if (!note.isEmpty())
        text += QStringLiteral("\n") + note;
    m_description->setText(text);
    rescale();
}

void ArtifactDialog::rescale()
{
    if (m_image.isNull()) {
        m_picture->setPixmap(QPixmap());
        m_picture->setText(tr("No picture"));
        return;
    }
    const QSize target = m_image.size().scaled(m_picture->size(), Qt::KeepAspectRatio);
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ArtifactDialog::resizeEvent(QResizeEvent* event)
{
    DrillDialog::resizeEvent(event);
    rescale();
}

} // namespace cr::ui
