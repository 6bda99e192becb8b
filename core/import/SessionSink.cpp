#include "import/SessionSink.h"

#include "store/RoomStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace cr {

namespace {

// Rejects kept in memory for the summary and the log; past this many a file
// is surely the wrong format, and the rest are only counted.
constexpr int kMaxKeptRejects = 10000;

QByteArray contentHash(std::initializer_list<QString> parts)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString& p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return h.result();
}

QString transcriptText(const QVector<TranscriptSegment>& segments)
{
    QStringList parts;
    for (const auto& s : segments)
        parts << QStringLiteral("%1|%2|%3|%4").arg(s.start).arg(s.end).arg(s.speaker, s.text);
    return parts.join(QLatin1Char('\n'));
}

QString monthLabel(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
}

} // namespace

PreparedRecord SessionSink::prepare(ImportRecord record)
{
    PreparedRecord p;
    p.record = std::move(record);
    p.stage = m_fixedStage;
    if (!p.stage && !p.record.stage.trimmed().isEmpty()) {
        const auto it = m_stagesByName.find(p.record.stage.trimmed().toLower());
        if (it == m_stagesByName.end()) {
            p.rejection = QCoreApplication::translate(
                              "Importers",
                              "No stage named \"%1\" in this room (stages: %2). Add the stage, fix the file, or "
                              "import with --stage.")
                              .arg(p.record.stage.trimmed(), m_stageNames.join(QStringLiteral(", ")));
            return p;
        }
        p.stage = it.value();
    }
    std::visit([&](auto& value) { prepare(p, value); }, p.record.value);
    return p;
}

void SessionSink::store(PreparedRecord&& p)
{
    if (m_storeError)
        return;
    if (!p.rejection.isEmpty()) {
        reject(p.record.line, p.rejection);
        return;
    }
    std::visit([&](auto& value) { write(p, value); }, p.record.value);
}

void SessionSink::reject(int line, const QString& reason, const QString& raw)
{
    ++m_summary.rejected;
    if (m_rejects.size() < kMaxKeptRejects)
        m_rejects.append({sourceName(), line, reason, raw});
}

void SessionSink::skip(int line, const QString& reason)
{
    if (++m_summary.skipped == 1)
        m_firstSkip = QStringLiteral("%1: %2").arg(line).arg(reason);
}

void SessionSink::progress(qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0)
        m_progress.progress(0.95 * double(bytesRead) / double(bytesTotal),
                            QCoreApplication::translate("Importers", "Reading %1").arg(m_fileName));
}

Status SessionSink::flushKpis()
{
    for (auto it = m_kpiBuckets.begin(); it != m_kpiBuckets.end(); ++it) {
        const KpiBucket& b = it.value();
        if (b.count > 1 && m_request.options.rollUp == RollUp::Unset)
            return Error(QCoreApplication::translate(
                             "Importers",
                             "KPI \"%1\" has %2 values for %3 (lines %4 and %5): the rows are finer than a "
                             "month. Say how to combine them with --aggregate sum, mean or last.")
                             .arg(b.name)
                             .arg(b.count)
                             .arg(monthLabel(it.key().second))
                             .arg(b.firstLine)
                             .arg(b.lastLine),
                         m_request.path, b.lastLine);
        auto kpi = m_writer.kpiByName(b.name, b.unit, b.stage);
        if (!kpi)
            return kpi.error();
        if (kpi->created) {
            m_summary.createdKpis << b.name;
            m_createdKpiIds.insert(kpi->id);
        }
        KpiValue v;
        v.kpiId = kpi->id;
        v.period = it.key().second;
        switch (m_request.options.rollUp) {
        case RollUp::Sum:
            v.value = b.sum;
            break;
        case RollUp::Last:
            v.value = b.last;
            break;
        case RollUp::Mean:
        case RollUp::Unset:
            v.value = b.sum / b.count;
            break;
        }
        v.provenance = provenance(b.lastLine, {});
        auto outcome = m_writer.upsertKpiValue(v);
        if (!outcome)
            return outcome.error();
        count(*outcome);
    }
    return success();
}

QString SessionSink::skipNote() const
{
    if (m_summary.skipped == 0)
        return {};
    return QCoreApplication::translate("Importers", "Rows left out on purpose: %1 (the first on line %2)")
        .arg(m_summary.skipped)
        .arg(m_firstSkip);
}

QString SessionSink::sourceName() const
{
    return m_request.sourceName.isEmpty() ? m_request.path : m_request.sourceName;
}

Provenance SessionSink::provenance(int line, const QString& externalId) const
{
    Provenance p;
    p.feedId = m_request.feedId;
    p.importRunId = m_runId;
    p.sourceFile = sourceName();
    p.sourceLine = line;
    p.externalId = externalId;
    return p;
}

QString SessionSink::sourceKey(const QString& externalId, const QByteArray& hash)
{
    const QString& prefix = m_sourceKeyPrefix;
    if (!externalId.trimmed().isEmpty())
        return prefix + externalId.trimmed();
    const int occurrence = m_seenHashes[hash]++;
    return prefix + QStringLiteral("sha1:") + QString::fromLatin1(hash.toHex()) +
           (occurrence ? QStringLiteral("#%1").arg(occurrence) : QString());
}

void SessionSink::count(Upsert outcome)
{
    switch (outcome) {
    case Upsert::Inserted:
        ++m_summary.imported;
        break;
    case Upsert::Updated:
        ++m_summary.updated;
        break;
    case Upsert::Unchanged:
        ++m_summary.unchanged;
        break;
    case Upsert::DuplicateInRun:
        break;
    }
}

void SessionSink::finish(int line, Result<Upserted> r, const std::optional<RowId>& stage)
{
    if (!r) {
        m_storeError = r.error();
        return;
    }
    if (r->outcome == Upsert::DuplicateInRun) {
        reject(line, QCoreApplication::translate(
                         "Importers", "Line %1 already holds a record with this id; this copy is left "
                                      "out.")
                         .arg(r->firstLine));
        return;
    }
    count(r->outcome);
    if (!stage && r->outcome == Upsert::Inserted)
        ++m_summary.unassigned;
}

void SessionSink::prepare(PreparedRecord& p, Complaint& c)
{
    if (!c.receivedAt.isValid()) {
        p.rejection = QCoreApplication::translate("Importers", "The complaint has no valid date.");
        return;
    }
    applyRules(ImportKind::Complaints, p.stage, &c.category, [&](const QString& f) -> QString {
        if (f == QLatin1String("text"))
            return c.text;
        if (f == QLatin1String("category"))
            return c.category;
        if (f == QLatin1String("product"))
            return c.product;
        if (f == QLatin1String("channel"))
            return c.channel;
        if (f == QLatin1String("customer"))
            return c.customerRef;
        return {};
    });
    c.stageId = p.stage;
    const QByteArray hash = contentHash({c.channel, c.category, c.product, c.text, toString(c.status),
                                         c.receivedAt.toString(Qt::ISODate),
                                         c.resolvedAt ? c.resolvedAt->toString(Qt::ISODate) : QString(),
                                         c.customerRef, p.stage ? QString::number(*p.stage) : QString()});
    c.provenance = provenance(p.record.line, p.record.externalId);
    c.provenance.sourceKey = sourceKey(p.record.externalId, hash);
    p.contentHash = QString::fromLatin1(hash.toHex());
}

void SessionSink::write(const PreparedRecord& p, Complaint& c)
{
    finish(p.record.line, m_writer.upsert(c, p.contentHash), p.stage);
}

void SessionSink::prepare(PreparedRecord& p, SurveyResponse& r)
{
    const SurveyScale scale = surveyScale(r.metric);
    if (r.score < scale.min || r.score > scale.max) {
        p.rejection = QCoreApplication::translate("Importers", "%1 score %2 is outside its %3-%4 scale.")
                          .arg(toString(r.metric).toUpper())
                          .arg(r.score)
                          .arg(scale.min)
                          .arg(scale.max);
        return;
    }
    if (!r.respondedAt.isValid()) {
        p.rejection = QCoreApplication::translate("Importers", "The response has no valid date.");
        return;
    }
    applyRules(ImportKind::Surveys, p.stage, nullptr, [&](const QString& f) -> QString {
        if (f == QLatin1String("comment"))
            return r.comment;
        if (f == QLatin1String("metric"))
            return toString(r.metric);
        if (f == QLatin1String("respondent"))
            return r.respondentRef;
        return {};
    });
    r.stageId = p.stage;
    const QByteArray hash = contentHash({toString(r.metric), QString::number(r.score), r.comment,
                                         r.respondedAt.toString(Qt::ISODate), r.respondentRef,
                                         p.stage ? QString::number(*p.stage) : QString()});
    // One response may answer several metrics: the id names the response, the metric the answer.
    const QString& externalId = p.record.externalId;
    const QString id = externalId.isEmpty() ? QString() : externalId + QLatin1Char(':') + toString(r.metric);
    r.provenance = provenance(p.record.line, externalId);
    r.provenance.sourceKey = sourceKey(id, hash);
    p.contentHash = QString::fromLatin1(hash.toHex());
}

void SessionSink::write(const PreparedRecord& p, SurveyResponse& r)
{
    finish(p.record.line, m_writer.upsert(r, p.contentHash), p.stage);
}

void SessionSink::prepare(PreparedRecord& p, KpiObservation& o)
{
    if (o.kpiName.trimmed().isEmpty() || !o.date.isValid())
        p.rejection =
            QCoreApplication::translate("Importers", "A KPI value needs a KPI name and a valid period.");
}

void SessionSink::write(const PreparedRecord& p, KpiObservation& o)
{
    const ImportRecord& record = p.record;
    const std::optional<RowId>& stage = p.stage;
    const QDate month(o.date.year(), o.date.month(), 1);
    const auto key = qMakePair(o.kpiName.trimmed().toLower(), month);
    KpiBucket& b = m_kpiBuckets[key];
    if (b.count == 0) {
        b.name = o.kpiName.trimmed();
        b.unit = o.unit;
        b.stage = stage;
        b.firstLine = record.line;
    }
    b.sum += o.value;
    ++b.count;
    if (!b.lastDate.isValid() || o.date >= b.lastDate) {
        b.lastDate = o.date;
        b.last = o.value;
    }
    b.lastLine = record.line;
}

void SessionSink::write(const PreparedRecord& p, CallRecord& cr)
{
    const ImportRecord& record = p.record;
    std::optional<RowId> stage = p.stage;
    Call& c = cr.call;
    if (!c.startedAt.isValid()) {
        reject(record.line, QCoreApplication::translate("Importers", "The call has no valid start time."));
        return;
    }
    if (!cr.audio.isEmpty()) {
        auto sha = m_store.putMedia(cr.audio, cr.audioMimeType);
        if (!sha) {
            m_storeError = sha.error();
            return;
        }
        c.audioSha256 = *sha;
    }
    const QString transcript = transcriptText(c.transcript);
    applyRules(ImportKind::Calls, stage, nullptr, [&](const QString& f) -> QString {
        if (f == QLatin1String("title"))
            return c.title;
        if (f == QLatin1String("agent"))
            return c.agent;
        if (f == QLatin1String("channel"))
            return c.customerChannel;
        if (f == QLatin1String("summary"))
            return c.summary;
        if (f == QLatin1String("transcript"))
            return transcript;
        return {};
    });
    c.stageId = stage;
    const QByteArray hash =
        contentHash({c.title, c.startedAt.toString(Qt::ISODate), QString::number(c.durationSeconds), c.agent,
                     c.customerChannel, c.audioSha256, transcript, c.summary,
                     stage ? QString::number(*stage) : QString()});
    // A recording without an id is known by its audio, not by its file name.
    const QString id = !record.externalId.isEmpty() ? record.externalId
                       : !c.audioSha256.isEmpty()   ? QStringLiteral("audio:") + c.audioSha256
                                                    : QString();
    c.provenance = provenance(record.line, record.externalId);
    c.provenance.sourceKey = sourceKey(id, hash);
    finish(record.line, m_writer.upsert(c, QString::fromLatin1(hash.toHex())), stage);
}

void SessionSink::write(const PreparedRecord& p, ArtifactRecord& ar)
{
    const ImportRecord& record = p.record;
    std::optional<RowId> stage = p.stage;
    Artifact& a = ar.artifact;
    auto sha = m_store.putMedia(ar.data, ar.mimeType);
    if (!sha) {
        m_storeError = sha.error();
        return;
    }
    a.mediaSha256 = *sha;
    if (!ar.thumbnail.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        ar.thumbnail.save(&buffer, "PNG");
        auto thumb = m_store.putMedia(png, QStringLiteral("image/png"));
        if (!thumb) {
            m_storeError = thumb.error();
            return;
        }
        a.thumbnailSha256 = *thumb;
    }
    applyRules(ImportKind::Artifacts, stage, nullptr, [&](const QString& f) -> QString {
        if (f == QLatin1String("title"))
            return a.title;
        if (f == QLatin1String("description"))
            return a.description;
        if (f == QLatin1String("kind"))
            return toString(a.kind);
        return {};
    });
    a.stageId = stage;
    const QByteArray hash = contentHash({a.title, toString(a.kind), a.description, a.mediaSha256,
                                         a.receivedOn ? a.receivedOn->toString(Qt::ISODate) : QString(),
                                         stage ? QString::number(*stage) : QString()});
    // The same document is one artifact, whatever its file was called.
    const QString id =
        record.externalId.isEmpty() ? QStringLiteral("media:") + a.mediaSha256 : record.externalId;
    a.provenance = provenance(record.line, record.externalId);
    a.provenance.sourceKey = sourceKey(id, hash);
    finish(record.line, m_writer.upsert(a, QString::fromLatin1(hash.toHex())), stage);
}

void SessionSink::applyRules(ImportKind kind, std::optional<RowId>& stage, QString* category,
                             const std::function<QString(const QString&)>& field) const
{
    if (m_rules.isEmpty())
        return;
    const MappingRule* rule = m_rules.match(kind, field);
    if (!rule)
        return;
    if (!stage && rule->stageId)
        stage = rule->stageId;
    if (category && !rule->category.isEmpty() &&
        (category->isEmpty() || *category == QLatin1String("Uncategorised")))
        *category = rule->category;
}

} // namespace cr
