#pragma once
// Fast inserts for rooms that are built whole (customer-room-cli generate):
// a million rows arrive with their text already formatted, each statement is
// prepared once and bound by position, and nothing is looked up. The room
// file is private while it is built (a temporary name renamed over the
// target when complete), so it may skip durability until finish().
//
// Everything here is plain INSERT; provenance names the generator
// (source_file "generated", external id and source key per record) and one
// fixed import time, so the same arguments give the same file content.

#include "Domain.h"
#include "Result.h"
#include "store/SearchIndexBatch.h"

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace cr {

class RoomStore;

class BulkWriter
{
public:
    // importedAt: ISO date-time written to every row's imported_at.
    BulkWriter(RoomStore& store, QString importedAt);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // For a room file nobody else sees yet: no fsync, the rollback journal
    // in memory instead of the write-ahead log, a larger page cache.
    // finish() puts the room back into WAL mode before it is closed.
    Status useScratchSettings();
    Status finish();

    // One transaction per call pair; rows written between them commit together.
    Status begin();
    Status commit();
    void rollback();

    // Times are ISO text ("YYYY-MM-DDTHH:MM:SS"); keys are unique per room.
    struct SurveyRow
    {
        RowId stageId = 0;
        SurveyMetric metric = SurveyMetric::Nps;
        int score = 0;
        QString comment;
        QString respondedAt;
        QString respondentRef;
        QString key; // external id; the source key is "generated:" + key
    };
    struct ComplaintRow
    {
        RowId stageId = 0;
        QString channel;
        QString category;
        QString product;
        QString text;
        ComplaintStatus status = ComplaintStatus::Open;
        QString receivedAt;
        QString resolvedAt; // empty: not resolved
        QString customerRef;
        QString key;
    };
    struct CallRow
    {
        RowId stageId = 0;
        QString title;
        QString startedAt;
        double durationSeconds = 0;
        QString agent;
        QString customerChannel;
        QString audioSha256;
        QString transcriptJson; // compact JSON array, as sql::transcriptJson writes it
        QString summary;
        QString key;
    };
    struct ArtifactRow
    {
        RowId stageId = 0;
        QString title;
        ArtifactKind kind = ArtifactKind::Other;
        QString description;
        QString mediaSha256;
        QString thumbnailSha256;
        QString receivedOn; // ISO date
        QString key;
    };

    Result<RowId> add(const SurveyRow& row);
    Result<RowId> add(const ComplaintRow& row);
    Result<RowId> add(const CallRow& row);
    Result<RowId> add(const ArtifactRow& row);
    Status addKpiValue(RowId kpiId, const QDate& month, double value);
    // A call's clip, and the clip a stage features in the tour and the agenda.
    Result<RowId> addClip(RowId callId, double startSeconds, double endSeconds, const QString& title);
    Status setFeaturedClip(RowId stageId, RowId clipId);
    // Content-addressed like RoomStore::putMedia, stamped with importedAt.
    Result<QString> putMedia(const QByteArray& data, const QString& mimeType);

private:
    struct Statements;
    QSqlQuery& statement(std::optional<QSqlQuery>& slot, const QString& sql);
    Result<RowId> run(QSqlQuery& q, const QString& what);

    RoomStore& m_store;
    QString m_importedAt;
    std::unique_ptr<Statements> m_statements;
    bool m_inTransaction = false;
    std::optional<SearchIndexBatch> m_searchIndex; // rows are indexed together at commit()
};

} // namespace cr
