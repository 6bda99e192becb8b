// customer-room-cli search and export: read-only commands that never create
// or change the room.
#include "cli/CliSupport.h"

#include "import/StageRules.h"
#include "render/ReportPdf.h"
#include "report/CsvExport.h"
#include "report/RoomReport.h"
#include "store/EvidenceSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace cr::cli {

namespace {

// The snippet with each hit in [brackets], for a terminal.
QString marked(const SearchHit& hit)
{
    QString out = hit.snippet;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        out.insert(it->first + it->second, QLatin1Char(']'));
        out.insert(it->first, QLatin1Char('['));
    }
    return out.simplified();
}

int exportPdf(const QCommandLineParser& parser, const QStringList& positional, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("export");
    if (positional.size() != 2)
        return usageError(err, QCoreApplication::translate("Cli", "Usage: export ROOM --pdf OUT.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--paper a4|letter]."), command);
    const auto paper = render::paperFromString(parser.value(QStringLiteral("paper")));
    if (!paper)
        return usageError(err, QCoreApplication::translate("Cli", "--paper is a4 or letter."), command);
    bool bad = false;
    const DateRange range{parseDateOption(parser, QStringLiteral("from"), &bad),
                          parseDateOption(parser, QStringLiteral("to"), &bad)};
    if (bad)
        return usageError(err, QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD, e.g. 2026-10-31."), command);
    if (range.from && range.to && *range.from > *range.to)
        return usageError(err, QCoreApplication::translate("Cli", "--from must not be after --to."), command);
    render::ReportPdfOptions options;
    options.outputPath = parser.value(QStringLiteral("pdf"));
    options.paper = *paper;
    // A whole month or quarter reads as one (and is compared with the one
    // before), as in `report`; both unset is everything in the room.
    options.period = periodOfRange(range);
    auto store = openRoomReadOnly(positional.at(1), err);
    if (!store)
        return CannotOpen;
    auto written = render::writeReportPdf(*store, options);
    if (!written)
        return failWith(err, written.error(), CannotOpen);
    out << QCoreApplication::translate("Cli", "Wrote the %1 report (%2 pages) to %3.")
               .arg(options.period.label())
               .arg(written->pageCount())
               .arg(options.outputPath)
        << '\n';
    return Ok;
}

} // namespace

int runSearch(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("search");
    QCommandLineParser parser;
    parser.addPositionalArgument(command, QCoreApplication::translate("Cli", "Search the room."), command);
    parser.addPositionalArgument(QStringLiteral("ROOM"), QCoreApplication::translate("Cli", "The room file."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("Cli", "The words to find."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("Cli", "At most this many hits of each kind (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({json, limit});
    int code = Ok;
    if (!parse(parser, args, command,
               QCoreApplication::translate("Cli", "Search complaint texts, survey comments, call transcripts and fixes. Every word must "
                  "appear (as the start of a word, accents ignored); hits are grouped by stage, newest "
                  "first."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return usageError(err, QCoreApplication::translate("Cli", "search takes a ROOM and the TEXT to find."), command);
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max <= 0)
        return usageError(err, QCoreApplication::translate("Cli", "--limit needs a positive whole number."), command);
    const QString text = positional.mid(2).join(QLatin1Char(' '));
    auto store = openRoomReadOnly(positional.at(1), err);
    if (!store)
        return CannotOpen;
    auto results = EvidenceSearch(*store).search(text, max);
    auto stages = store->stages();
    if (!results || !stages)
        return failWith(err, !results ? results.error() : stages.error(), CannotOpen);

    // Journey order, then the hits no stage claimed.
    std::map<int, QVector<SearchHit>> byStage;
    QHash<RowId, int> position;
    for (int i = 0; i < stages->size(); ++i)
        position.insert(stages->at(i).id, i);
    for (const SearchHit& hit : results->hits)
        byStage[hit.stageId ? position.value(*hit.stageId, int(stages->size())) : int(stages->size())].append(hit);

    if (parser.isSet(json)) {
        QJsonArray groups;
        for (const auto& [index, hits] : byStage) {
            QJsonArray array;
            for (const SearchHit& h : hits) {
                QJsonArray highlights;
                for (const auto& r : h.highlights)
                    highlights.append(QJsonArray{r.first, r.second});
                QJsonObject o{{QStringLiteral("kind"), toString(h.kind)},
                              {QStringLiteral("id"), h.id},
                              {QStringLiteral("title"), h.title},
                              {QStringLiteral("snippet"), h.snippet},
                              {QStringLiteral("highlights"), highlights},
                              {QStringLiteral("when"), h.when.toString(Qt::ISODate)}};
                if (h.atSeconds)
                    o[QStringLiteral("at_seconds")] = *h.atSeconds;
                array.append(o);
            }
            const QString name = hits.first().stageId ? stageNameById(*stages, hits.first().stageId) : QString();
            groups.append(QJsonObject{{QStringLiteral("stage"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                                      {QStringLiteral("hits"), array}});
        }
        QJsonObject totals;
        for (SearchKind k : {SearchKind::Complaint, SearchKind::SurveyComment, SearchKind::Call, SearchKind::Fix})
            totals[toString(k)] = results->totals.value(int(k));
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("query"), text},
                                                           {QStringLiteral("totals"), totals},
                                                           {QStringLiteral("stages"), groups}})
                                     .toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << QCoreApplication::translate("Cli", "%1 matches: %2 complaints, %3 survey comments, %4 calls, %5 fixes.")
               .arg(results->total())
               .arg(results->totals.value(int(SearchKind::Complaint)))
               .arg(results->totals.value(int(SearchKind::SurveyComment)))
               .arg(results->totals.value(int(SearchKind::Call)))
               .arg(results->totals.value(int(SearchKind::Fix)))
        << '\n';
    for (const auto& [index, hits] : byStage) {
        const QString name = hits.first().stageId ? stageNameById(*stages, hits.first().stageId) : QCoreApplication::translate("Cli", "Unassigned");
        out << '\n' << name << '\n';
        for (const SearchHit& h : hits)
            out << QStringLiteral("  %1 %2\t%3\t%4\n")
                       .arg(toString(h.kind), QString::number(h.id), h.when.toString(QStringLiteral("yyyy-MM-dd")),
                            marked(h));
    }
    return Ok;
}

int runExport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addPositionalArgument(command, QCoreApplication::translate("Cli", "Export the room."), command);
    parser.addPositionalArgument(QStringLiteral("ROOM"), QCoreApplication::translate("Cli", "The room file."));
    const QCommandLineOption csv(QStringLiteral("csv"), QCoreApplication::translate("Cli", "complaints, fixes or followups, then OUT.csv."),
                                 QStringLiteral("TABLE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QCoreApplication::translate("Cli", "The PDF report to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Cli", "First day (inclusive)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("Cli", "Last day (inclusive)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption mask(QStringLiteral("mask"),
                                  QCoreApplication::translate("Cli", "Mask personal data in free text, as on a shared screen."));
    const QCommandLineOption paper(QStringLiteral("paper"), QCoreApplication::translate("Cli", "Paper of the PDF report: a4 (default) or letter."),
                                   QStringLiteral("a4|letter"), QStringLiteral("a4"));
    parser.addOptions({csv, pdf, from, to, mask, paper});
    int code = Ok;
    if (!parse(parser, args, command,
               QCoreApplication::translate("Cli", "Write one table of the room as CSV: export ROOM --csv complaints|fixes|followups OUT.csv. "
                  "Or the PDF report, a cover, a page per stage, fixes, follow-ups and the metric formulas, with "
                  "personal data always masked: export ROOM --pdf OUT.pdf [--from --to] [--paper a4|letter]. "
                  "The file is written whole or not at all."),
               out, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(pdf) && parser.isSet(csv))
        return usageError(err, QCoreApplication::translate("Cli", "Export either --pdf or --csv, not both."), command);
    if (parser.isSet(pdf))
        return exportPdf(parser, positional, out, err);
    if (!parser.isSet(csv) || positional.size() != 3)
        return usageError(err, QCoreApplication::translate("Cli", "Usage: export ROOM --csv complaints|fixes|followups OUT.csv."), command);
    const auto table = csvTableFromString(parser.value(csv));
    if (!table)
        return usageError(err, QCoreApplication::translate("Cli", "--csv is complaints, fixes or followups."), command);
    bool bad = false;
    CsvExportOptions options;
    options.range = DateRange{parseDateOption(parser, QStringLiteral("from"), &bad),
                              parseDateOption(parser, QStringLiteral("to"), &bad)};
    if (bad)
        return usageError(err, QCoreApplication::translate("Cli", "Dates are written YYYY-MM-DD, e.g. 2026-10-31."), command);
    options.mask = parser.isSet(mask);
    auto store = openRoomReadOnly(positional.at(1), err);
    if (!store)
        return CannotOpen;
    auto rows = exportCsv(*store, *table, positional.at(2), options);
    if (!rows)
        return failWith(err, rows.error(), CannotOpen);
    out << QCoreApplication::translate("Cli", "Wrote %1 rows to %2.").arg(*rows).arg(positional.at(2)) << '\n';
    return Ok;
}

} // namespace cr::cli
