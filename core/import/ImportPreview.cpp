#include "import/ImportPreview.h"

#include "import/Archive.h"

#include "import/CsvReader.h"
#include "import/ImporterRegistry.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QLocale>

namespace cr {

namespace {

class PreviewSink final : public ImportSink
{
public:
    PreviewSink(ImportPreview& preview, int maxRows) : m_preview(preview), m_maxRows(maxRows) {}

    void accept(ImportRecord record) override
    {
        PreviewRow row;
        row.line = record.line;
        row.values = recordFieldValues(record);
        row.stage = record.stage;
        m_preview.rows.append(row);
        ++m_seen;
    }
    void reject(int line, const QString& reason, const QString&) override
    {
        PreviewRow row;
        row.line = line;
        row.rejected = true;
        row.reason = reason;
        m_preview.rows.append(row);
        ++m_seen;
    }
    void skip(int line, const QString& reason) override
    {
        PreviewRow row;
        row.line = line;
        row.reason = QCoreApplication::translate("Importers", "Skipped: %1").arg(reason);
        row.rejected = true;
        m_preview.rows.append(row);
        ++m_seen;
    }
    void note(const QString& message) override { m_preview.notes << message; }
    bool isCancelled() const override { return false; }
    void progress(qint64, qint64) override {}
    bool wantsMore() const override { return m_seen < m_maxRows; }

private:
    ImportPreview& m_preview;
    int m_maxRows;
    int m_seen = 0;
};

QString dateTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QStringList recordFieldNames(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return {QStringLiteral("id"),       QStringLiteral("received_at"), QStringLiteral("channel"),
                QStringLiteral("category"), QStringLiteral("product"),     QStringLiteral("status"),
                QStringLiteral("stage"),    QStringLiteral("text")};
    case ImportKind::Surveys:
        return {QStringLiteral("id"),    QStringLiteral("responded_at"), QStringLiteral("metric"),
                QStringLiteral("score"), QStringLiteral("stage"),        QStringLiteral("comment")};
    case ImportKind::Kpis:
        return {QStringLiteral("period"), QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("unit"),
                QStringLiteral("stage")};
    case ImportKind::Calls:
        return {QStringLiteral("id"),       QStringLiteral("started_at"), QStringLiteral("duration"),
                QStringLiteral("agent"),    QStringLiteral("title"),      QStringLiteral("audio"),
                QStringLiteral("stage"),    QStringLiteral("transcript")};
    case ImportKind::Artifacts:
        return {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("received_on"),
                QStringLiteral("size"), QStringLiteral("description")};
    }
    return {};
}

QStringList recordFieldValues(const ImportRecord& r)
{
    const QLocale locale;
    if (const auto* c = std::get_if<Complaint>(&r.value))
        return {r.externalId, dateTime(c->receivedAt), c->channel, c->category, c->product, toString(c->status),
                r.stage, c->text.left(300)};
    if (const auto* s = std::get_if<SurveyResponse>(&r.value))
        return {r.externalId, dateTime(s->respondedAt), toString(s->metric), QString::number(s->score), r.stage,
                s->comment.left(300)};
    if (const auto* k = std::get_if<KpiObservation>(&r.value))
        return {k->periodIsMonth ? locale.toString(k->date, QStringLiteral("yyyy-MM"))
                                 : locale.toString(k->date, QStringLiteral("yyyy-MM-dd")),
                k->kpiName, locale.toString(k->value), k->unit, r.stage};
    if (const auto* call = std::get_if<CallRecord>(&r.value)) {
        QStringList transcript;
        for (const auto& seg : call->call.transcript)
            transcript << seg.text;
        return {r.externalId,
                dateTime(call->call.startedAt),
                QStringLiteral("%1 s").arg(call->call.durationSeconds, 0, 'f', 1),
                call->call.agent,
                call->call.title,
                call->audio.isEmpty() ? QCoreApplication::translate("Importers", "none")
                                      : locale.formattedDataSize(call->audio.size()),
                r.stage,
                transcript.join(QLatin1Char(' ')).left(300)};
    }
    if (const auto* a = std::get_if<ArtifactRecord>(&r.value))
        return {a->artifact.title, toString(a->artifact.kind),
                a->artifact.receivedOn ? a->artifact.receivedOn->toString(Qt::ISODate) : QString(),
                locale.formattedDataSize(a->data.size()), a->artifact.description.left(300)};
    return {};
}

ImportPreview previewImport(const QString& archiveOrFile, const ImportOptions& options, int maxRows)
{
    ImportPreview preview;
    // An archive's first megabytes are enough for the first rows.
    QTemporaryDir unpacked;
    auto readable = readablePath(archiveOrFile, unpacked, {nullptr, 0, 1}, 8 * 1024 * 1024);
    if (!readable) {
        preview.refusal = readable.error().toString();
        return preview;
    }
    const QString& path = *readable;
    auto choice = chooseImporter(path, options);
    if (!choice) {
        preview.refusal = choice.error().toString();
        return preview;
    }
    preview.format = choice->importer->id();
    preview.formatReason = choice->reason;
    preview.fields = recordFieldNames(choice->importer->kind());
    PreviewSink sink(preview, maxRows);
    ImportOptions o = options;
    o.kind = choice->importer->kind();
    if (const Status read = choice->importer->read(path, o, sink); !read)
        preview.refusal = read.error().toString();
    return preview;
}

QVector<MappableField> mappableFields(ImportKind kind, const QString& format)
{
    if (format != QLatin1String("generic") && format != QLatin1String("auto"))
        return {};
    auto fields = [](std::initializer_list<const char*> required, std::initializer_list<const char*> optional) {
        QVector<MappableField> out;
        for (const char* f : required)
            out.append({QString::fromLatin1(f), true});
        for (const char* f : optional)
            out.append({QString::fromLatin1(f), false});
        return out;
    };
    switch (kind) {
    case ImportKind::Surveys:
        return fields({"responded_at", "metric", "score"}, {"id", "stage", "comment", "respondent"});
    case ImportKind::Complaints:
        return fields({"received_at", "text"}, {"id", "channel", "category", "product", "status", "stage", "customer"});
    case ImportKind::Kpis:
        return fields({"period", "kpi", "value"}, {"stage", "unit"});
    case ImportKind::Calls:
        return fields({"audio", "started_at"},
                      {"id", "title", "agent", "customer_channel", "transcript", "summary", "stage"});
    case ImportKind::Artifacts:
        return {};
    }
    return {};
}

Result<QStringList> csvHeader(const QString& archiveOrFile, const QByteArray& encoding)
{
    QTemporaryDir unpacked;
    auto path = readablePath(archiveOrFile, unpacked, {nullptr, 0, 1}, 1024 * 1024);
    if (!path)
        return path.error();
    CsvReader csv(*path, encoding);
    CsvRow row;
    if (auto opened = csv.openAtHeader(row); !opened)
        return opened.error();
    return row.fields;
}

} // namespace cr
