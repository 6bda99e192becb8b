// CFPB consumer complaints as JSON, in the shapes CFPB serves them: the
// database's JSON download (one array of objects with snake_case keys), one
// object per line (NDJSON, also Elasticsearch bulk lines with "_source"),
// and the search API's response ({"hits": {"total": .., "hits": [{"_source":
// {...}}]}} or a bare array of hits). Keys: date_received, complaint_id,
// complaint_what_happened, submitted_via, issue, sub_issue, product,
// company_response... (cfpb/ccdb5-api, cfpb/ccdb-data-pipeline fields-s3).
//
// The full JSON download is several gigabytes, so the file is never parsed
// whole: a small scanner walks it chunk by chunk, cuts out one complaint at
// a time (with the line it starts on, for rejects) and only that complaint
// goes through QJsonDocument. Memory stays at one chunk plus one complaint.
#include "import/TextInput.h"
#include "import/formats/ComplaintsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <deque>

namespace cr::formats {

namespace {

using namespace complaints;
using namespace complaints::cfpb;

// One complaint is a few kilobytes; anything this large is not one (a
// Socrata rows.json, a whole response without "hits").
constexpr qsizetype kMaxRecordBytes = 64 * 1024 * 1024;

struct JsonItem
{
    int line = 0;
    QByteArray json;
};

// Finds the complaints in a JSON stream without parsing it whole: the
// elements of a top-level array, top-level objects one after another
// (NDJSON), or the elements of "hits" / "hits.hits" inside a top-level object.
class JsonRecordScanner
{
public:
    // Scans a chunk; complete records go to items(). An Error: the text is not
    // JSON we can find complaints in (the file is refused).
    Status feed(const QByteArray& chunk);
    // At the end of the file: an Error when something is still open.
    Status finish() const;
    std::deque<JsonItem>& items() { return m_items; }

    bool sawRootArray() const { return m_rootArrays > 0; }
    int rootObjects() const { return m_rootObjects; }
    bool sawWrapper() const { return m_wrappers > 0; }

private:
    enum class Role { Other, Records, RootObject, Wrapper, HitsObject };
    struct Frame
    {
        char open = '{';
        Role role = Role::Other;
        int line = 0;
        bool expectKey = true;
        QByteArray key; // the object's current key (short keys only)
    };

    Status unexpected(char c) const;
    Role valueStarts(char c);
    void valueEnded();
    void keyEnded();

    std::vector<Frame> m_stack;
    std::deque<JsonItem> m_items;
    QByteArray m_buffer; // the record being cut out
    QByteArray m_key;
    int m_line = 1;
    int m_captureLine = 0;
    size_t m_captureDepth = 0;
    bool m_capturing = false;
    bool m_inString = false;
    bool m_escape = false;
    bool m_inKey = false;
    bool m_inScalar = false;
    bool m_sawAnything = false;
    int m_rootArrays = 0;
    int m_rootObjects = 0;
    int m_wrappers = 0;
};

bool isScalarChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

Status JsonRecordScanner::unexpected(char c) const
{
    return Error(QCoreApplication::translate(
                     "Importers", "This is not JSON that holds complaints: unexpected \"%1\" on line %2.")
                     .arg(QString::fromLatin1(&c, 1))
                     .arg(m_line),
                 QString(), m_line);
}

JsonRecordScanner::Role JsonRecordScanner::valueStarts(char c)
{
    m_sawAnything = true;
    if (m_capturing) {
        m_buffer += c;
        return Role::Other;
    }
    if (m_stack.empty()) {
        if (c == '[') {
            ++m_rootArrays;
            return Role::Records;
        }
        // A top-level object is a complaint (NDJSON) until it shows a "hits" key.
        ++m_rootObjects;
        m_capturing = true;
        m_captureDepth = 0;
        m_captureLine = m_line;
        m_buffer = QByteArray(1, c);
        return Role::RootObject;
    }
    Frame& parent = m_stack.back();
    if (parent.role == Role::Records) {
        m_capturing = true;
        m_captureDepth = m_stack.size();
        m_captureLine = m_line;
        m_buffer = QByteArray(1, c);
        return Role::Other;
    }
    if ((parent.role == Role::Wrapper || parent.role == Role::HitsObject) && parent.key == "hits") {
        if (c == '[')
            return Role::Records;
        if (c == '{' && parent.role == Role::Wrapper)
            return Role::HitsObject;
    }
    return Role::Other;
}

void JsonRecordScanner::valueEnded()
{
    if (m_capturing && m_stack.size() == m_captureDepth) {
        m_capturing = false;
        m_items.push_back({m_captureLine, m_buffer});
        m_buffer.clear();
    }
}

void JsonRecordScanner::keyEnded()
{
    m_inKey = false;
    Frame& top = m_stack.back();
    top.key = m_key;
    // A search response, not a complaint: its records are under "hits".
    if (top.role == Role::RootObject && m_key == "hits" && m_stack.size() == 1) {
        top.role = Role::Wrapper;
        m_capturing = false;
        m_buffer.clear();
        --m_rootObjects;
        ++m_wrappers;
    }
}

Status JsonRecordScanner::feed(const QByteArray& chunk)
{
    for (const char c : chunk) {
        if (c == '\n')
            ++m_line;
        if (m_capturing && m_buffer.size() > kMaxRecordBytes)
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "The JSON value that starts on line %1 is larger than %2 MB: this is not a list of "
                    "complaints.")
                    .arg(m_captureLine)
                    .arg(kMaxRecordBytes / (1024 * 1024)),
                QString(), m_captureLine);
        if (m_inString) {
            if (m_capturing)
                m_buffer += c;
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_inString = false;
                if (m_inKey)
                    keyEnded();
                else
                    valueEnded();
            } else if (m_inKey && m_key.size() < 64) {
                m_key += c;
            }
            continue;
        }
        if (m_inScalar) {
            if (isScalarChar(c)) {
                if (m_capturing)
                    m_buffer += c;
                continue;
            }
            m_inScalar = false;
            valueEnded();
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            if (m_capturing)
                m_buffer += c;
            break;
        case '"':
            if (!m_stack.empty() && m_stack.back().open == '{' && m_stack.back().expectKey) {
                m_inKey = true;
                m_key.clear();
                if (m_capturing)
                    m_buffer += c;
            } else {
                if (m_stack.empty())
                    return unexpected(c);
                valueStarts(c);
            }
            m_inString = true;
            break;
        case '{':
        case '[': {
            if (!m_stack.empty() && m_stack.back().open == '{' && m_stack.back().expectKey)
                return unexpected(c);
            const Role role = valueStarts(c);
            m_stack.push_back({c, role, m_line, true, {}});
            break;
        }
        case '}':
        case ']':
            if (m_stack.empty() || m_stack.back().open != (c == '}' ? '{' : '['))
                return unexpected(c);
            if (m_capturing)
                m_buffer += c;
            m_stack.pop_back();
            valueEnded();
            break;
        case ':':
        case ',':
            if (m_stack.empty())
                return unexpected(c);
            if (m_stack.back().open == '{')
                m_stack.back().expectKey = c == ',';
            if (m_capturing)
                m_buffer += c;
            break;
        default:
            if (m_stack.empty() || !isScalarChar(c))
                return unexpected(c);
            valueStarts(c);
            m_inScalar = true;
            break;
        }
    }
    return success();
}

Status JsonRecordScanner::finish() const
{
    if (!m_sawAnything)
        return Error(QCoreApplication::translate("Importers", "The file holds no JSON."));
    if (m_inString || !m_stack.empty()) {
        const int line = m_capturing ? m_captureLine : m_stack.empty() ? m_line : m_stack.front().line;
        return Error(
            QCoreApplication::translate(
                "Importers",
                "The file ends inside the JSON that starts on line %1: it was cut short. Download or "
                "export it again.")
                .arg(line),
            QString(), line);
    }
    return success();
}

// The value of a field as text: CFPB writes ids as numbers or strings, and
// the API has written tags as an array.
QString textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << textOf(v);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

// Which of our fields a JSON key holds; the user's --map first.
class KeyFields
{
public:
    explicit KeyFields(const QHash<QString, QString>& userMap)
    {
        for (int f = 0; f < kFieldCount; ++f) {
            const QString field = QString::fromLatin1(fields()[size_t(f)].field);
            if (userMap.contains(field)) {
                m_byName.insert(normaliseKey(userMap.value(field)), f);
                continue;
            }
            for (const QString& name : fields()[size_t(f)].names)
                if (!m_byName.contains(name))
                    m_byName.insert(name, f);
        }
    }

    int fieldOf(const QString& key)
    {
        auto it = m_cache.constFind(key);
        if (it == m_cache.constEnd())
            it = m_cache.insert(key, m_byName.value(normaliseKey(key), -1));
        return it.value();
    }

private:
    QHash<QString, int> m_byName;
    QHash<QString, int> m_cache; // raw key -> field: keys repeat in every record
};

class CfpbJson final : public Importer
{
public:
    QString id() const override { return QStringLiteral("cfpb-json"); }
    QString sourceFamily() const override { return QStringLiteral("cfpb"); } // ids shared with the CSV
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "CFPB complaints JSON");
    }
    ImportKind kind() const override { return ImportKind::Complaints; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("jsonl")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const QString t = sample.text.trimmed();
        if (!t.startsWith(QLatin1Char('[')) && !t.startsWith(QLatin1Char('{')))
            return {};
        const auto has = [&](const char* key) { return t.contains(QLatin1String(key)); };
        if (has("\"complaint_what_happened\"") ||
            (has("\"date_received\"") && (has("\"complaint_id\"") || has("\"submitted_via\"") ||
                                          has("\"sub_product\"") || has("\"issue\""))))
            return {90, QCoreApplication::translate(
                            "Importers", "JSON with CFPB's keys (date_received, complaint_id...)")};
        if (has("\"Date received\"") && has("\"Complaint ID\""))
            return {85, QCoreApplication::translate(
                            "Importers", "JSON with CFPB's column names (Date received, Complaint ID)")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        TextInput input(path, options.encoding);
        if (auto opened = input.open(); !opened)
            return opened;

        JsonRecordScanner scanner;
        KeyFields keys(options.map);
        Mapper mapper;
        bool sawSource = false;
        bool first = true;
        while (sink.wantsMore()) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            auto chunk = input.read();
            if (!chunk)
                return chunk.error();
            if (chunk->isEmpty())
                break;
            if (first && chunk->startsWith("\xEF\xBB\xBF"))
                chunk->remove(0, 3);
            first = false;
            if (auto fed = scanner.feed(*chunk); !fed)
                return Error(fed.error().message, path, fed.error().line);
            auto& items = scanner.items();
            while (!items.empty() && sink.wantsMore()) {
                const JsonItem item = std::move(items.front());
                items.pop_front();
                readRecord(item, keys, mapper, sawSource, sink);
            }
            sink.progress(input.bytesRead(), input.size());
        }
        if (sink.wantsMore()) {
            if (auto done = scanner.finish(); !done) {
                const Error& e = done.error();
                return Error(e.message, path, e.line);
            }
        }
        sink.note(describe(scanner, sawSource));
        return success();
    }

private:
    static void readRecord(const JsonItem& item, KeyFields& keys, Mapper& mapper, bool& sawSource,
                           ImportSink& sink)
    {
        const QString raw = QString::fromUtf8(item.json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item.json, &error);
        if (error.error != QJsonParseError::NoError) {
            sink.reject(
                item.line,
                QCoreApplication::translate("Importers", "Not valid JSON: %1.").arg(error.errorString()),
                raw);
            return;
        }
        if (!doc.isObject()) {
            sink.reject(item.line,
                        QCoreApplication::translate(
                            "Importers",
                            "Not a complaint: expected a JSON object with date_received, product, "
                            "issue..."),
                        raw);
            return;
        }
        QJsonObject object = doc.object();
        if (const QJsonValue source = object.value(QLatin1String("_source")); source.isObject()) {
            object = source.toObject();
            sawSource = true;
        }
        Values values;
        bool known = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const int f = keys.fieldOf(it.key());
            if (f < 0)
                continue;
            known = true;
            if (values[size_t(f)].isEmpty())
                values[size_t(f)] = textOf(it.value());
        }
        if (!known) {
            sink.reject(item.line,
                        QCoreApplication::translate(
                            "Importers",
                            "Not a CFPB complaint: none of date_received, complaint_id, product, "
                            "issue is here."),
                        raw.left(2000));
            return;
        }
        if (auto record = mapper.toRecord(values, item.line, raw, sink))
            sink.accept(std::move(*record));
    }

    static QString describe(const JsonRecordScanner& scanner, bool sawSource)
    {
        if (scanner.sawWrapper())
            return QCoreApplication::translate("Importers",
                                               "CFPB JSON, search API response (hits.hits[]._source)");
        if (scanner.sawRootArray())
            return sawSource ? QCoreApplication::translate("Importers",
                                                           "CFPB JSON, an array of search hits (_source)")
                             : QCoreApplication::translate(
                                   "Importers",
                                   "CFPB JSON, one array of complaints (the database's JSON download)");
        return sawSource ? QCoreApplication::translate("Importers",
                                                       "CFPB NDJSON, one search hit (_source) per line")
                         : QCoreApplication::translate("Importers", "CFPB NDJSON, one complaint per line");
    }
};

} // namespace

std::unique_ptr<Importer> makeCfpbJson()
{
    return std::make_unique<CfpbJson>();
}

} // namespace cr::formats
