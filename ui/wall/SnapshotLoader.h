#pragma once
// Builds the wall snapshot off the GUI thread. The worker opens its own
// RoomStore on the same file (a QSqlDatabase connection belongs to one
// thread). Each load carries a generation; results of older generations
// are dropped, never painted (STYLE.md, "Loading off the GUI thread").

#include "report/WallSnapshot.h"
#include "review/Agenda.h"

#include <QHash>
#include <QImage>
#include <QObject>

namespace cr::ui {

struct WallData
{
    WallSnapshot snapshot;
    QHash<QString, QImage> thumbnails; // by thumbnail sha256
    Agenda agenda;                     // the review meeting's pages for this period
    qint64 elapsedMs = 0;
};

struct WallLoadOutcome
{
    std::optional<WallData> data;
    QString error;
};

// The work itself, callable on any thread (also used synchronously by tests).
WallLoadOutcome loadWall(const QString& roomPath, const Period& period);

class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject* parent = nullptr);
    ~SnapshotLoader() override;

    void load(const QString& roomPath, const Period& period);
    bool isLoading() const { return m_running > 0; }
    quint64 generation() const { return m_generation; }

signals:
    void loaded(const cr::ui::WallData& data);
    void failed(const QString& message);

private:
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace cr::ui
