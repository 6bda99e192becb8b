#pragma once
// Upserts of imported evidence (store/ keeps all SQL). A record is found by
// its source key; an unknown key is inserted, a known one with the same
// content hash is left alone, a changed one is updated in place (same id,
// so fixes that link it keep their evidence; a stage a person assigned is
// kept when the file names none). Statements are prepared once per writer.

#include "Domain.h"
#include "Result.h"

#include "store/SqliteStatement.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace cr {

class RoomStore;

// DuplicateInRun: the key was already written by this same import run (the
// file holds the record twice); nothing is written, firstLine says where.
enum class Upsert { Inserted, Updated, Unchanged, DuplicateInRun };

struct Upserted
{
    Upsert outcome = Upsert::Inserted;
    RowId id = 0;
    int firstLine = 0; // DuplicateInRun: the line of the first copy
};

class EvidenceWriter
{
public:
    explicit EvidenceWriter(RoomStore& store);

    Result<Upserted> upsert(const Complaint& c, const QString& contentHash);
    Result<Upserted> upsert(const SurveyResponse& r, const QString& contentHash);
    Result<Upserted> upsert(const Call& c, const QString& contentHash);
    Result<Upserted> upsert(const Artifact& a, const QString& contentHash);
    Result<Upsert> upsertKpiValue(const KpiValue& v);

    // The KPI of this name (case-insensitive), or a new one without target.
    struct KpiRef
    {
        RowId id = 0;
        bool created = false;
    };
    Result<KpiRef> kpiByName(const QString& name, const QString& unit, std::optional<RowId> stageId);

private:
    Result<Upserted> upsertRow(const QString& table, const QStringList& columns,
                               const std::vector<SqlValue>& values, const Provenance& provenance,
                               std::optional<RowId> stageId, const QString& contentHash);
    // Built once per writer and kept for every row.
    SqliteStatement& prepared(const QString& key, const std::function<QString()>& sql);
    Error failed(const QString& what, const SqliteStatement& statement) const;

    RoomStore& m_store;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
    QString m_importedAt;
};

} // namespace cr
