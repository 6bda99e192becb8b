#include "wall/ArtifactsCell.h"

#include "common/ClickableFrame.h"
#include "common/Format.h"
#include "common/TextLabel.h"
#include "render/Thumbnail.h"

#include <QHBoxLayout>
#include <QPainter>

namespace cr::ui {

ThumbnailView::ThumbnailView(const Theme& theme, QImage image, const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_theme(theme), m_image(std::move(image)), m_placeholder(placeholder)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void ThumbnailView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render::drawThumbnail(
        p, rect(), m_image, m_placeholder,
        {m_theme.hairline, m_theme.background, m_theme.mutedText, m_theme.font(m_theme.smallPx())});
}

ArtifactsCell::ArtifactsCell(const Theme& theme, const StageWall& stage,
                             const QHash<QString, QImage>& thumbnails, QWidget* parent)
    : LaneCell(theme, Lane::Artifacts, stage.report.stage.name, parent)
{
    if (stage.artifacts.isEmpty()) {
        addEmptyState(tr(
            "No artifacts for this stage yet: drop the letters, invoices or app screens customers receive."));
        return;
    }
    auto* row = new QHBoxLayout;
    row->setSpacing(theme.px(8));
    const int shown = qMin(kMaxThumbnails, int(stage.artifacts.size()));
    for (int i = 0; i < shown; ++i) {
        const Artifact& a = stage.artifacts[i];
        auto* frame = new ClickableFrame(theme);
        frame->setObjectName(QStringLiteral("artifact:%1").arg(a.id));
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(theme.px(3), theme.px(3), theme.px(3), theme.px(3));
        layout->setSpacing(theme.px(3));
        auto* thumb = new ThumbnailView(theme, thumbnails.value(a.thumbnailSha256), artifactKindWord(a.kind));
        thumb->setFixedHeight(theme.px(84));
        layout->addWidget(thumb);
        auto* title = new TextLabel(a.title, theme.font(theme.smallPx()), theme.text);
        title->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
        layout->addWidget(title);
        QString tip = QStringLiteral("<b>%1</b> (%2)").arg(a.title.toHtmlEscaped(), artifactKindWord(a.kind));
        if (!a.description.isEmpty())
            tip += QStringLiteral("<br>") + a.description.toHtmlEscaped();
        if (a.receivedOn)
            tip += QStringLiteral("<br>") + tr("Received %1").arg(formatDate(*a.receivedOn));
        frame->setToolTip(tip + QStringLiteral("<br><i>%1</i>").arg(tr("Click to view it full size.")));
        connect(frame, &ClickableFrame::clicked, this, [this, i] { emit artifactClicked(i); });
        row->addWidget(frame, 1);
    }
    for (int i = shown; i < kMaxThumbnails; ++i)
        row->addStretch(1);
    body()->addLayout(row);
    if (stage.artifacts.size() > shown) {
        auto* more = addMoreLink(tr("+%n more", nullptr, int(stage.artifacts.size()) - shown));
        more->setObjectName(QStringLiteral("moreArtifacts"));
        connect(more, &ClickableFrame::clicked, this, [this, shown] { emit artifactClicked(shown); });
    }
}

} // namespace cr::ui
