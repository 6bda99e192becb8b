#include "import/formats/QualtricsHeader.h"

#include "import/formats/SurveysCommon.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cr::formats::qualtrics {


namespace {

QString importIdOf(const QString& field)
{
    // JSON ({"ImportId":"QID1"}) and the Insights-era Python dict ({'ImportId': 'QID1'}).
    static const QRegularExpression re(QStringLiteral("ImportId['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]"));
    const auto m = re.match(field);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString timeZoneOf(const QString& field)
{
    // {"ImportId":"recordedDate","timeZone":"Europe/Berlin"}
    static const QRegularExpression re(QStringLiteral("timeZone['\"]?\\s*:\\s*['\"]([^'\"]+)['\"]"));
    const auto m = re.match(field);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isMetadataName(const QString& normalised)
{
    static const QSet<QString> names = [] {
        const QStringList list =
            QStringLiteral("startdate|enddate|status|ipaddress|progress|duration (in seconds)|duration|"
                           "finished|recordeddate|responseid|_recordid|responseset|name|emailaddress|"
                           "recipientlastname|recipientfirstname|recipientemail|externalreference|"
                           "externaldatareference|locationlatitude|locationlongitude|locationaccuracy|"
                           "distributionchannel|userlanguage")
                .split(QLatin1Char('|'));
        return QSet<QString>(list.begin(), list.end());
    }();
    static const QRegularExpression legacy(QStringLiteral("^v([1-9]|10)$"));
    return names.contains(normalised) || legacy.match(normalised).hasMatch() ||
           normalised.endsWith(QLatin1String("_nps_group"));
}

} // namespace

int Header::find(const QString& name) const
{
    const QString key = ColumnMap::normalise(name);
    if (key.isEmpty())
        return -1;
    for (const QStringList* list : {&ids, &importIds, &texts})
        for (int i = 0; i < list->size(); ++i)
            if (ColumnMap::normalise(list->at(i)) == key)
                return i;
    return -1;
}

int Header::findAny(std::initializer_list<const char*> names) const
{
    for (const char* name : names)
        if (const int column = find(QString::fromLatin1(name)); column >= 0)
            return column;
    return -1;
}

bool Header::isMetadata(int column) const
{
    return isMetadataName(ColumnMap::normalise(at(ids, column))) ||
           (layout == Layout::Legacy && isMetadataName(ColumnMap::normalise(at(texts, column))));
}

QString Header::describe(int column) const
{
    const QString text = at(texts, column).simplified();
    if (text.isEmpty() || text.compare(id(column), Qt::CaseInsensitive) == 0)
        return id(column);
    return QStringLiteral("%1 (\u201c%2\u201d)").arg(id(column), surveys::shorten(text, 40));
}

QString Header::layoutName() const
{
    switch (layout) {
    case Layout::ThreeRow:
        return insights ? QCoreApplication::translate("Importers",
                                                      "Qualtrics 3-row export (2016-17 Insights variant)")
                        : QCoreApplication::translate("Importers", "Qualtrics 3-row export");
    case Layout::Legacy:
        return QCoreApplication::translate("Importers", "Qualtrics legacy export (V1..V10)");
    case Layout::TwoRow:
        return QCoreApplication::translate("Importers", "Qualtrics 2-row export");
    case Layout::OneRow:
        break;
    }
    return QCoreApplication::translate("Importers", "Qualtrics export (1 header row)");
}

bool isLegacyHeader(const QStringList& ids)
{
    if (ids.size() < 10)
        return false;
    for (int i = 0; i < 10; ++i)
        if (ColumnMap::normalise(ids.at(i)) != QStringLiteral("v%1").arg(i + 1))
            return false;
    return true;
}

bool isImportIdRow(const QStringList& row)
{
    int found = 0;
    int nonEmpty = 0;
    for (const QString& f : row) {
        if (f.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        if (!importIdOf(f).isEmpty())
            ++found;
    }
    return found > 0 && found * 2 >= nonEmpty;
}

Result<Header> readHeader(CsvReader& reader, std::deque<CsvRow>& pending)
{
    // Up to three rows decide the layout.
    while (pending.size() < 3) {
        CsvRow row;
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        pending.push_back(std::move(row));
    }
    if (pending.empty())
        return Error(
            QCoreApplication::translate(
                "Importers",
                "The file is empty: a Qualtrics export starts with a header row (StartDate, EndDate, "
                "... ResponseId)."),
            reader.path());
    auto take = [&] {
        QStringList fields = std::move(pending.front().fields);
        pending.pop_front();
        return fields;
    };

    Header header;
    header.ids = take();
    if (isLegacyHeader(header.ids)) {
        header.layout = Layout::Legacy;
        if (!pending.empty())
            header.texts = take();
    } else if (pending.size() >= 2 && isImportIdRow(pending.at(1).fields)) {
        header.layout = Layout::ThreeRow;
        header.texts = take();
        for (const QString& f : take()) {
            header.importIds << importIdOf(f);
            header.timeZones << timeZoneOf(f);
            header.insights = header.insights || f.contains(QLatin1String("'ImportId'"));
        }
    }
    // ResponseId (current), ResponseID (Insights; legacy label of V1), _recordId (ImportId).
    header.responseIdColumn = header.findAny({"ResponseId", "_recordId", "Response ID"});
    if (header.layout == Layout::Legacy && header.responseIdColumn < 0)
        header.responseIdColumn = 0; // V1
    if (header.responseIdColumn < 0)
        return Error(
            QCoreApplication::translate(
                "Importers",
                "This does not look like a Qualtrics export: there is no ResponseId column. For a plain "
                "table of scores use --format generic."),
            reader.path());
    // Without ImportIds, row 2 is labels unless it already holds a response id (R_...).
    if (header.layout == Layout::OneRow && !pending.empty() &&
        !Header::at(pending.front().fields, header.responseIdColumn)
             .trimmed()
             .startsWith(QLatin1String("R_"))) {
        header.layout = Layout::TwoRow;
        header.texts = take();
    }
    return header;
}

ResponseType responseTypeOf(const QString& status)
{
    const QString v = status.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("9") || v == QLatin1String("17") ||
        v.contains(QLatin1String("preview")))
        return ResponseType::Preview;
    if (v == QLatin1String("8") || v == QLatin1String("spam"))
        return ResponseType::Spam;
    if (v == QLatin1String("2") || v == QLatin1String("survey test"))
        return ResponseType::Test;
    return ResponseType::Respondent;
}

std::optional<bool> finishedValue(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("wahr") ||
        v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("falsch") ||
        v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

int npsGroupOf(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v.startsWith(QLatin1String("detractor")))
        return 1;
    if (v == QLatin1String("2") || v.startsWith(QLatin1String("passive")))
        return 2;
    if (v == QLatin1String("3") || v.startsWith(QLatin1String("promoter")))
        return 3;
    return 0;
}

int npsGroupOfScore(int score)
{
    return score <= 6 ? 1 : score <= 8 ? 2 : 3;
}

QString npsGroupName(int group)
{
    switch (group) {
    case 1:
        return QCoreApplication::translate("Importers", "detractor");
    case 2:
        return QCoreApplication::translate("Importers", "passive");
    default:
        return QCoreApplication::translate("Importers", "promoter");
    }
}

} // namespace cr::formats::qualtrics
