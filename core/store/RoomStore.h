#pragma once
// One room = one SQLite file (DESIGN.md, "The room file"). RoomStore owns the
// connection, the schema migrations, media by SHA-256 and all SQL; nothing
// outside core/store writes or reads SQL.

#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

struct sqlite3;

namespace cr {

// Inclusive local-date range; an unset end is open.
struct DateRange
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    bool isOpen() const { return !from && !to; }
};

class RoomStore
{
    Q_DECLARE_TR_FUNCTIONS(RoomStore)

public:
    static constexpr int kSchemaVersion = 6;
    static constexpr qint32 kApplicationId = 0x43526F6D; // "CRom" in the SQLite header

    // ReadOnly never changes the file (report, list, search, export): a room
    // of an older format is upgraded in a private copy, not in place.
    enum class OpenMode { OpenExisting, CreateNew, OpenOrCreate, ReadOnly };

    // Opens (and migrates) a room. Refuses files that are not rooms, rooms
    // made by a newer program, and damaged files, with a message naming the file.
    static Result<std::unique_ptr<RoomStore>> open(const QString& path, OpenMode mode);

    // Deletes a closed room's file with its WAL and shared-memory companions.
    static void removeRoomFiles(const QString& path);

    // Moves a closed, complete room file over another (atomic rename), then
    // drops the old room's WAL and shared-memory companions.
    static Status replaceRoomFile(const QString& from, const QString& to);

    // Creates an empty room at an older schema version (tests of migrations).
    static Status createAtVersion(const QString& path, int version);

    ~RoomStore();
    RoomStore(const RoomStore&) = delete;
    RoomStore& operator=(const RoomStore&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QString roomName() const;
    Status setRoomName(const QString& name);
    QString info(const QString& key) const;
    Status setInfo(const QString& key, const QString& value);

    // RAII transaction: rolls back unless commit() is called.
    class Transaction
    {
    public:
        explicit Transaction(RoomStore& store);
        ~Transaction();
        Status commit();
        bool isActive() const { return m_active; }

    private:
        RoomStore& m_store;
        bool m_active = false;
    };

    // --- Room set-up --------------------------------------------------------
    Result<RowId> addDepartment(const Department& department);
    Result<RowId> addStage(const Stage& stage);
    // How long the tour dwells on a stage (3-600 s); nullopt: the default.
    Status setTourDwell(RowId stageId, std::optional<int> seconds);
    Result<RowId> addMoment(const Moment& moment);
    Result<QVector<Department>> departments() const;
    Result<QVector<Stage>> stages() const; // journey order
    Result<QVector<Moment>> moments(RowId stageId) const;

    // --- Media (content-addressed, deduplicated) ---------------------------
    Result<QString> putMedia(const QByteArray& data, const QString& mimeType); // returns sha256
    Result<QByteArray> media(const QString& sha256) const;
    Result<MediaRef> mediaInfo(const QString& sha256) const;
    // Writes the blob to a cache file (once) so players can stream it. The
    // file's suffix follows the stored MIME type (players sniff by suffix).
    Result<QString> mediaFile(const QString& sha256) const;

    // --- Evidence -----------------------------------------------------------
    Result<RowId> addArtifact(const Artifact& artifact);
    Result<RowId> addComplaint(const Complaint& complaint);
    Result<RowId> addSurveyResponse(const SurveyResponse& response);
    Result<RowId> addKpi(const Kpi& kpi);
    Status setKpiValue(const KpiValue& value);
    Result<RowId> addCall(const Call& call);
    Result<RowId> addFix(const Fix& fix);
    Result<RowId> addReview(const Review& review);

    // --- Reads used by the report and the wall ------------------------------
    // Counts of answers per score value (index = score - scale minimum).
    // stageId nullopt = unassigned records.
    // The same histograms and category counts for several windows (a trend)
    // in one query each instead of one per window: [window] -> ...
    Result<QVector<QVector<int>>> scoreHistograms(std::optional<RowId> stageId, SurveyMetric metric,
                                                  const QVector<DateRange>& windows) const;
    Result<QVector<QHash<QString, int>>> complaintCategoryCounts(std::optional<RowId> stageId,
                                                                 const QVector<DateRange>& windows) const;
    Result<QVector<int>> scoreHistogram(std::optional<RowId> stageId, SurveyMetric metric,
                                        const DateRange& range) const;
    struct Count
    {
        QString key;
        int count = 0;
    };
    // Category and channel counts of the same complaints in one pass (the
    // report needs both): each most frequent first, then by name.
    struct ComplaintBreakdown
    {
        int total = 0;
        QVector<Count> byCategory;
        QVector<Count> byChannel;
    };
    Result<ComplaintBreakdown> complaintBreakdown(std::optional<RowId> stageId, const DateRange& range) const;
    Result<int> complaintTotal(std::optional<RowId> stageId, const DateRange& range) const;
    Result<QVector<Kpi>> kpis(std::optional<RowId> stageId) const; // nullopt: KPIs of no stage
    Result<QVector<Kpi>> allKpis() const;
    Result<QVector<KpiValue>> kpiValues(RowId kpiId, const DateRange& range) const; // oldest first
    struct CallTotals
    {
        int count = 0;
        double seconds = 0;
    };
    Result<CallTotals> callTotals(std::optional<RowId> stageId, const DateRange& range) const;
    Result<QVector<Call>> calls(std::optional<RowId> stageId, const DateRange& range, int limit) const;
    Result<Call> call(RowId id) const;
    Result<int> artifactCount(std::optional<RowId> stageId) const;
    Result<QVector<Artifact>> artifacts(std::optional<RowId> stageId) const;
    Result<QVector<Fix>> fixes(std::optional<RowId> stageId) const;
    Result<QVector<Complaint>> complaints(std::optional<RowId> stageId, const DateRange& range,
                                          int limit) const;
    // Every complaint received in the range, oldest first, one at a time (exports).
    Status eachComplaint(const DateRange& range, const std::function<Status(const Complaint&)>& visit) const;
    // A quote for a complaint category: of its 25 latest complaints in the
    // range, the latest whose text reads well aloud (40-400 characters), else the latest.
    Result<std::optional<Complaint>> complaintQuote(RowId stageId, const QString& category,
                                                    const DateRange& range) const;
    Result<QVector<Review>> reviews() const;
    // First days of the months that hold any dated evidence, oldest first.
    Result<QVector<QDate>> monthsWithData() const;
    // The last day that holds dated evidence (a KPI value counts to the end
    // of its month); nullopt for a room without any.
    Result<std::optional<QDate>> latestEvidenceDate() const;

    // Counts rows of a table (tests and diagnostics).
    Result<qint64> rowCount(const QString& table) const;

private:
    friend class EvidenceWriter; // the store's query classes share its connection
    friend class ImportLog;
    friend class FeedStore;
    friend class RuleStore;
    friend class ClipStore;
    friend class ReviewStore;
    friend class BulkWriter;
    friend class FixStore;
    friend class FollowUpStore;
    friend class EvidenceSearch;
    friend class SetupStore;
    friend class SearchIndexBatch;
    RoomStore(QString path, QString connectionName);
    static Result<std::unique_ptr<RoomStore>> openReadOnly(const QString& path);
    static Result<std::unique_ptr<RoomStore>> openConnection(const QString& path, OpenMode mode,
                                                             bool hasContent);
    Status migrate(int targetVersion);
    Error sqlError(const QSqlQuery& query, const QString& what) const;
    Result<QVector<Kpi>> readKpis(const QString& where, const QVariantList& values) const;
    QSqlDatabase db() const;
    // The same connection for SQLite's C API (SqliteStatement); null if
    // QtSql's driver is not the system SQLite this build links.
    sqlite3* sqliteHandle() const;

    QString m_path;
    QString m_connectionName;
    std::shared_ptr<void> m_scratch;
    bool m_readOnly = false; // the private copy a read-only open upgraded
};

} // namespace cr
