#include "import/formats/ComplaintsCommon.h"

#include "import/Parsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cr::formats::complaints {

int DuplicateIds::firstLine(const QString& id, int line)
{
    bool numeric = false;
    const quint64 n = id.toULongLong(&numeric);
    // "007" and "7" are different ids; only canonical numbers take the compact path.
    if (numeric && !id.startsWith(QLatin1Char('0'))) {
        const auto it = m_numeric.constFind(n);
        if (it != m_numeric.constEnd())
            return it.value();
        if (m_numeric.size() + m_other.size() < kMaxRememberedIds)
            m_numeric.insert(n, line);
        return 0;
    }
    const auto it = m_other.constFind(id);
    if (it != m_other.constEnd())
        return it.value();
    if (m_numeric.size() + m_other.size() < kMaxRememberedIds)
        m_other.insert(id, line);
    return 0;
}

bool fitsHeader(const CsvRow& row, int width)
{
    if (row.fields.size() < width)
        return false;
    for (qsizetype i = width; i < row.fields.size(); ++i)
        if (!row.fields.at(i).trimmed().isEmpty())
            return false;
    return true;
}

int headerWidth(const QStringList& header)
{
    int width = int(header.size());
    while (width > 0 && header.at(width - 1).trimmed().isEmpty())
        --width;
    return width;
}

QString widthMismatch(const CsvRow& row, int width, int headerLine)
{
    return QCoreApplication::translate(
               "Importers",
               "This row has %1 fields where the header on line %2 has %3: a quote or a delimiter is missing "
               "or extra.")
        .arg(row.fields.size())
        .arg(headerLine)
        .arg(width);
}

Result<bool> DataRows::next(CsvRow& row, ImportSink& sink)
{
    while (sink.wantsMore()) {
        auto more = m_reader.next(row);
        if (!more || !*more)
            return more;
        if (++m_rows % 512 == 0) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), m_reader.path());
            sink.progress(m_reader.bytesRead(), m_reader.size());
        }
        if (fitsHeader(row, m_width))
            return true;
        sink.reject(row.line, widthMismatch(row, m_width, m_headerLine),
                    row.raw(QLatin1Char(m_reader.delimiter())));
    }
    return false;
}

namespace cfpb {

const std::array<FieldSpec, kFieldCount>& fields()
{
    // Names as normaliseKey() leaves them. Sources: the public CSV and JSON
    // downloads (cfpb/ccdb-data-pipeline complaints/ccdb/fields-s3/v1-*.txt,
    // v2-*.txt), the search API's _source (cfpb/ccdb5-api), the intake
    // layout (v2-intake.csv: public_id, consumer_narrative,
    // company_response_to_consumer) and older extracts (Kaggle's
    // consumer_complaint_narrative).
    static const std::array<FieldSpec, kFieldCount> table{{
        {"received_at", {QStringLiteral("date received")}},
        {"id", {QStringLiteral("complaint id"), QStringLiteral("public id")}},
        {"text",
         {QStringLiteral("consumer complaint narrative"), QStringLiteral("complaint what happened"),
          QStringLiteral("consumer narrative")}},
        {"channel", {QStringLiteral("submitted via")}},
        {"category", {QStringLiteral("issue")}},
        {"sub_issue", {QStringLiteral("sub issue")}},
        {"product", {QStringLiteral("product")}},
        {"status", {QStringLiteral("company response to consumer"), QStringLiteral("company response")}},
        {"stage", {QStringLiteral("stage")}},
    }};
    return table;
}

QString normaliseKey(const QString& name)
{
    QString s = name;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    return s.simplified().toLower();
}

std::optional<QDate> receivedDate(const QString& text)
{
    // The API and the JSON download pad the date with noon Eastern time
    // (2019-09-23T12:00:00-05:00). The complaint was received on that
    // calendar day wherever the room is: converting the instant to local
    // time would move it to the next day east of UTC+12.
    static const QRegularExpression stamped(QStringLiteral("^\\s*(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d"));
    if (const auto m = stamped.match(text); m.hasMatch())
        return parse::date(m.captured(1));
    // CFPB is American: a slash date is month first (its own docs write 05/25/2013).
    return parse::date(text, parse::DayMonthOrder::MonthFirst);
}

QString channelOf(const QString& submittedVia)
{
    // CFPB's "Submitted via" values, from its field reference and the data.
    static const QHash<QString, QString> table{
        {QStringLiteral("web"), QStringLiteral("web")},
        {QStringLiteral("web referral"), QStringLiteral("web")},
        {QStringLiteral("servicemember profile"), QStringLiteral("web")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("e mail"), QStringLiteral("email")},
        {QStringLiteral("postal mail"), QStringLiteral("letter")},
        {QStringLiteral("fax"), QStringLiteral("letter")},
        {QStringLiteral("referral"), QStringLiteral("other")}, // sent on by another agency
    };
    return table.value(normaliseKey(submittedVia), QStringLiteral("other"));
}

ComplaintStatus statusOf(const QString& companyResponse)
{
    const QString r = normaliseKey(companyResponse);
    // Relief means the company put something right: resolved. Closed with
    // (or without) an explanation is closed, whatever the customer thinks.
    if (r.startsWith(QLatin1String("closed with monetary relief")) ||
        r.startsWith(QLatin1String("closed with non monetary relief")) ||
        r == QLatin1String("closed with relief"))
        return ComplaintStatus::Resolved;
    if (r.startsWith(QLatin1String("closed")))
        return ComplaintStatus::Closed;
    if (r == QLatin1String("in progress"))
        return ComplaintStatus::InProgress;
    // "Untimely response": the company has not answered in time, so for the
    // customer the complaint is still open. Empty or unknown: open too.
    return ComplaintStatus::Open;
}

std::optional<ImportRecord> Mapper::toRecord(const Values& v, int line, const QString& raw, ImportSink& sink)
{
    const QString& received = v[kReceivedAt];
    if (received.isEmpty()) {
        sink.reject(
            line,
            QCoreApplication::translate("Importers", "No date received: every CFPB complaint carries one."),
            raw);
        return std::nullopt;
    }
    const auto date = receivedDate(received);
    if (!date) {
        sink.reject(
            line,
            QCoreApplication::translate(
                "Importers", "\"%1\" is not a date received (CFPB writes 2019-09-24, 9/24/19 or 2019/9/24).")
                .arg(received),
            raw);
        return std::nullopt;
    }
    const QString& id = v[kId];
    if (!id.isEmpty()) {
        if (const int first = m_ids.firstLine(id, line)) {
            sink.reject(line,
                        QCoreApplication::translate(
                            "Importers", "Complaint ID %1 was already on line %2; this copy is left out.")
                            .arg(id)
                            .arg(first),
                        raw);
            return std::nullopt;
        }
    }

    Complaint c;
    c.receivedAt = QDateTime(*date, QTime(0, 0));
    c.channel = channelOf(v[kChannel]);
    c.category = v[kCategory];
    c.product = v[kProduct];
    c.status = statusOf(v[kStatus]);
    // The consumer's narrative when they shared it (most do not); otherwise
    // the issue and sub-issue they picked, so no complaint on the wall is blank.
    QString text = v[kText];
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.isEmpty()) {
        text = v[kCategory];
        if (!v[kSubIssue].isEmpty())
            text = text.isEmpty() ? v[kSubIssue] : QStringLiteral("%1: %2").arg(text, v[kSubIssue]);
    }
    c.text = text;
    // customerRef stays empty: the public data names no consumer.

    ImportRecord record;
    record.line = line;
    record.externalId = id;
    record.stage = v[kStage];
    record.value = std::move(c);
    return record;
}

} // namespace cfpb

} // namespace cr::formats::complaints
