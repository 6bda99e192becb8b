#include "player/CallPlayerDialog.h"

#include "common/Format.h"
#include "media/AudioInfo.h"
#include "player/CallPlayer.h"

#include <QComboBox>
#include <QFile>
#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cr::ui {

namespace {
constexpr int kWaveformBuckets = 480;

} // namespace

CallPlayerDialog::CallPlayerDialog(const RoomStore* store, QWidget* parent)
    : QDialog(parent), m_store(store), m_player(new CallPlayer), m_calls(new QComboBox)
{
    setObjectName(QStringLiteral("callPlayerDialog"));
    setWindowTitle(tr("Customer call"));
    m_calls->setObjectName(QStringLiteral("callChooser"));
    m_calls->setToolTip(tr("Other calls of this stage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_calls);
    layout->addWidget(m_player, 1);
    connect(m_calls, &QComboBox::activated, this,
            [this](int index) { loadCall(m_calls->itemData(index).toLongLong(), true); });
    if (parent)
        resize(qMax(720, parent->width() / 2), qMax(560, parent->height() * 2 / 3));
}

void CallPlayerDialog::setTheme(const Theme& theme)
{
    setFont(theme.font(theme.bodyPx()));
    m_player->setTheme(theme);
}

void CallPlayerDialog::playCall(RowId callId, const QVector<Call>& stageCalls)
{
    m_calls->clear();
    for (const Call& c : stageCalls)
        m_calls->addItem(QStringLiteral("%1 (%2)").arg(c.title, formatDuration(c.durationSeconds)), c.id);
    m_calls->setVisible(stageCalls.size() > 1);
    const int index = m_calls->findData(callId);
    if (index >= 0)
        m_calls->setCurrentIndex(index);
    loadCall(callId, true);
}

void CallPlayerDialog::loadCall(RowId callId, bool autoplay)
{
    auto call = m_store->call(callId);
    if (!call) {
        m_player->load(Call{}, QString(), {});
        m_player->showError(call.error().toString());
        return;
    }
    setWindowTitle(call->title);
    if (call->audioSha256.isEmpty()) {
        m_player->load(*call, QString(), {});
        m_player->showError(tr("This call has no recording, only its transcript."));
        return;
    }
    auto file = m_store->mediaFile(call->audioSha256);
    if (!file) {
        m_player->load(*call, QString(), {});
        m_player->showError(file.error().toString());
        return;
    }
    m_player->load(*call, *file, {});
    if (autoplay)
        m_player->play();

    // Decoding the whole call for its waveform takes longer than starting
    // it: play first, draw the waveform when the worker has it.
    const quint64 generation = ++m_peaksGeneration;
    auto* watcher = new QFutureWatcher<QVector<float>>(this);
    connect(watcher, &QFutureWatcher<QVector<float>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_peaksGeneration)
            m_player->setPeaks(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = *file, name = call->title] {
        QFile audio(path);
        if (!audio.open(QIODevice::ReadOnly))
            return QVector<float>{};
        auto peaks = readAudioPeaks(audio.readAll(), kWaveformBuckets, name);
        return peaks ? *peaks : QVector<float>{};
    }));
}

} // namespace cr::ui
