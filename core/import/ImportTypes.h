#pragma once
// The vocabulary of importing: what kind of evidence a file holds, the
// options a person gives (DESIGN.md's `import` command), and the records an
// importer hands to its sink. Importers never touch the store: they parse and
// stream records; ImportSession decides stage, upsert and transaction.

#include "Domain.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace cr {

enum class ImportKind { Surveys, Complaints, Kpis, Calls, Artifacts };

QString toString(ImportKind kind); // "surveys", "complaints", ...
std::optional<ImportKind> importKindFromString(const QString& s);

// How rows finer than a month become one monthly KPI value.
enum class RollUp { Unset, Sum, Mean, Last };

struct ImportOptions
{
    ImportKind kind = ImportKind::Complaints;
    QString format = QStringLiteral("auto"); // an importer's id, or "auto"
    QString stage;                           // --stage: every record of the file goes here
    QHash<QString, QString> map;             // --map FIELD=COLUMN (our field -> their header)
    RollUp rollUp = RollUp::Unset;           // --aggregate
    QByteArray encoding;                     // --encoding; empty = UTF-8/UTF-16 by BOM
    bool strict = false;                     // any reject refuses the file
    QString question;                        // --question: the survey column or id holding NPS
    QString details;                         // --details: SurveyMonkey survey-details JSON
    QString feedName;                        // set when a feed runs the import
};

// A KPI observation as found in a file; the session rolls it up to a month.
struct KpiObservation
{
    QString kpiName;
    QDate date; // the day (or first day of the period) the value belongs to
    double value = 0;
    QString unit;
    bool periodIsMonth = false; // the file names a month, not a day
};

// A call with its audio as read from disk (empty audio: a manifest row
// without a recording is kept, without a play button).
struct CallRecord
{
    Call call;
    QByteArray audio;
    QString audioMimeType;
};

struct ArtifactRecord
{
    Artifact artifact;
    QByteArray data;
    QString mimeType;
    QImage thumbnail; // null if the file cannot be drawn
};

// One record and where it came from. `stage` is the stage named by the file
// itself (a column), resolved by the session against the room's stages.
struct ImportRecord
{
    int line = 0;       // first line (or record number) in the file, 1-based
    QString externalId; // the source system's id; empty = identify by content
    QString stage;
    std::variant<SurveyResponse, Complaint, KpiObservation, CallRecord, ArtifactRecord> value;
};

// Where an importer sends what it reads. Implemented by ImportSession (the
// store) and by the preview (the first rows, nothing written).
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual void accept(ImportRecord record) = 0;
    // A row that cannot be imported: "FILE:LINE: reason" in the log.
    virtual void reject(int line, const QString& reason, const QString& raw = {}) = 0;
    // A row left out on purpose (an unfinished survey response).
    virtual void skip(int line, const QString& reason) = 0;
    // The importer's word on what it found ("Qualtrics 3-row header, NPS in Q1").
    virtual void note(const QString& message) = 0;
    virtual bool isCancelled() const = 0;
    // Bytes of the file consumed so far, for a progress bar.
    virtual void progress(qint64 bytesRead, qint64 bytesTotal) = 0;
    // The preview stops reading after enough rows.
    virtual bool wantsMore() const { return true; }
};

} // namespace cr
