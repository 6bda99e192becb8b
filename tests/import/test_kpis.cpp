// KPI sheets: the long CSV (one value per row) and the wide sheet (one column
// per KPI), on DataSF's real call-center table and on generated files in
// other languages and layouts.
#include "ImportTestSupport.h"

#include "import/ImporterRegistry.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace cr;
using namespace cr::test;

namespace {

QVector<KpiObservation> ofKpi(const QVector<KpiObservation>& all, const QString& name)
{
    QVector<KpiObservation> out;
    for (const auto& o : all)
        if (o.kpiName == name)
            out.append(o);
    return out;
}

} // namespace

TEST_CASE("Wide KPI sheet: DataSF call-center metrics, as published")
{
    const QString path = importData(QStringLiteral("real/kpi/sf_hss_call_center_monthly.csv"));
    const QJsonObject expected = expectedFor(QStringLiteral("kpi/sf_hss_call_center_monthly.csv"));
    REQUIRE(!expected.isEmpty());

    CHECK(autoChoice(ImportKind::Kpis, path) == QLatin1String("wide"));
    auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
    REQUIRE_FALSE(out.refusal);
    CHECK(out.sink.rejects.isEmpty());
    CHECK(out.sink.skips.isEmpty());
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QLatin1String("\"Month\"")));

    const auto all = out.sink.all<KpiObservation>();
    const QJsonObject columns = expected.value(QStringLiteral("numeric_columns")).toObject();
    REQUIRE(columns.size() == 5);
    int total = 0;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        INFO("column " << it.key().toStdString());
        const QJsonObject e = it.value().toObject();
        const auto obs = ofKpi(all, it.key());
        REQUIRE(obs.size() == e.value(QStringLiteral("non_blank")).toInt());
        total += int(obs.size());
        double sum = 0;
        double lo = obs.first().value;
        double hi = lo;
        for (const auto& o : obs) {
            sum += o.value;
            lo = std::min(lo, o.value);
            hi = std::max(hi, o.value);
            CHECK(o.periodIsMonth);
            CHECK(o.date.day() == 1);
        }
        CHECK(sum == Approx(e.value(QStringLiteral("sum")).toDouble()).margin(1e-6));
        CHECK(lo == Approx(e.value(QStringLiteral("min")).toDouble()));
        CHECK(hi == Approx(e.value(QStringLiteral("max")).toDouble()));
    }
    CHECK(all.size() == total);

    QDate first = all.first().date;
    QDate last = first;
    for (const auto& o : all) {
        first = std::min(first, o.date);
        last = std::max(last, o.date);
    }
    CHECK(first == QDate::fromString(expected.value(QStringLiteral("period_min")).toString(), Qt::ISODate));
    CHECK(last == QDate::fromString(expected.value(QStringLiteral("period_max")).toString(), Qt::ISODate));

    // Units from the headers; newest first in the file, line numbers kept.
    CHECK(ofKpi(all, QStringLiteral("Average Speed of Answer in Secs")).first().unit == QLatin1String("s"));
    CHECK(ofKpi(all, QStringLiteral("Call Abandonment Rate")).first().unit == QLatin1String("%"));
    CHECK(ofKpi(all, QStringLiteral("Inbound Calls")).first().unit.isEmpty());
    const auto inbound = ofKpi(all, QStringLiteral("Inbound Calls"));
    CHECK(inbound.first().date == QDate(2024, 4, 1));
    CHECK(inbound.first().value == 3036);
    CHECK(out.sink.records.first().line == 2);

    // Blank cells are gaps: Mar 2023 has no ASA, and no zero stands in for it.
    const auto asa = ofKpi(all, QStringLiteral("Average Speed of Answer in Secs"));
    CHECK(std::none_of(asa.begin(), asa.end(),
                       [](const KpiObservation& o) { return o.date == QDate(2023, 3, 1); }));

    // The long importer refuses it with a message naming what is missing.
    auto asLong = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
    REQUIRE(asLong.refusal);
    CHECK(asLong.refusal->message.contains(QLatin1String("kpi")));
}

TEST_CASE("Wide KPI sheet: German, semicolons, decimal commas, daily rows")
{
    QTemporaryDir dir;
    const QByteArray sheet = "\xEF\xBB\xBF"
                             "Kundenservice Kennzahlen M\xC3\xA4rz 2024\n"
                             "\n"
                             "Datum;Anrufe gesamt;Wartezeit in Sek.;Abbruchquote;Bemerkung\n"
                             "01.03.2024;1.234;45,5;8,7 %;ruhig\n"
                             "02.03.2024;987;;9,1 %;\n"
                             "13.03.2024;1.100;51,25;n/a;Störung\n"
                             "14.03.2024;abc;40;7,0 %;\n"
                             "31.02.2024;1000;40;7,0 %;\n"
                             "Summe;3.321;;;\n";
    const QString path = writeFile(dir, QStringLiteral("kennzahlen.csv"), sheet);
    CHECK(autoChoice(ImportKind::Kpis, path) == QLatin1String("wide"));
    auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
    INFO((out.refusal ? out.refusal->toString() : QString()).toStdString());
    REQUIRE_FALSE(out.refusal);
    const auto all = out.sink.all<KpiObservation>();

    const auto calls = ofKpi(all, QStringLiteral("Anrufe gesamt"));
    REQUIRE(calls.size() == 3);
    CHECK(calls.at(0).date == QDate(2024, 3, 1));
    CHECK(calls.at(0).value == 1234);
    CHECK(calls.at(1).value == 987);
    CHECK(calls.at(2).date == QDate(2024, 3, 13));
    CHECK_FALSE(calls.at(0).periodIsMonth);

    const auto wait = ofKpi(all, QStringLiteral("Wartezeit in Sek."));
    REQUIRE(wait.size() == 3); // 02.03. is blank: a gap
    CHECK(wait.at(0).value == Approx(45.5));
    CHECK(wait.at(1).value == Approx(51.25));
    CHECK(wait.at(2).value == 40);
    CHECK(wait.at(0).unit == QLatin1String("s"));

    const auto rate = ofKpi(all, QStringLiteral("Abbruchquote"));
    REQUIRE(rate.size() == 3); // n/a is a gap
    CHECK(rate.at(0).value == Approx(8.7));
    CHECK(rate.at(0).unit == QLatin1String("%"));

    CHECK(ofKpi(all, QStringLiteral("Bemerkung")).isEmpty()); // a text column

    // Line 7 (14.03.): "abc" is rejected by column, the other cells stay.
    // Line 8: 31 February is no date. "Summe" is a total row: skipped.
    REQUIRE(out.sink.rejects.size() == 2);
    CHECK(out.sink.rejectLines == QVector<int>{7, 8});
    CHECK(out.sink.rejects.at(0).contains(QLatin1String("Anrufe gesamt")));
    CHECK(out.sink.rejects.at(1).contains(QLatin1String("31.02.2024")));
    CHECK(out.sink.skips.size() == 1);
    REQUIRE(out.sink.notes.size() == 1);
    CHECK(out.sink.notes.first().contains(QLatin1String("Decimal comma")));
    CHECK(out.sink.notes.first().contains(QLatin1String("Bemerkung")));
}

TEST_CASE("Wide KPI sheet: date column by name in other languages, by values, or year + month")
{
    QTemporaryDir dir;
    SECTION("Spanish fecha with month names")
    {
        const QString path =
            writeFile(dir, QStringLiteral("es.csv"),
                      "Fecha,Llamadas,Tasa de abandono\nenero 2024,100,5.5\nfebrero 2024,120,6\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 4);
        CHECK(all.at(2).date == QDate(2024, 2, 1));
        CHECK(all.at(2).periodIsMonth);
        CHECK(ofKpi(all, QStringLiteral("Tasa de abandono")).first().unit == QLatin1String("%"));
    }
    SECTION("French mois, a column with an unknown name found by its values")
    {
        const QString path = writeFile(dir, QStringLiteral("fr.csv"),
                                       "Zeitpunkt;Appels;Taux (%)\navr. 2024;100;5,5\nmai 2024;120;6\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 4);
        CHECK(all.at(0).date == QDate(2024, 4, 1));
        CHECK(all.at(1).value == Approx(5.5));
        CHECK(all.at(1).unit == QLatin1String("%"));
        CHECK(out.sink.notes.first().contains(QLatin1String("by its values")));
    }
    SECTION("ISO weeks")
    {
        const QString path =
            writeFile(dir, QStringLiteral("w.csv"), "week,Tickets\n2024-W10,5\n2024-W11,7\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 2);
        CHECK(all.at(0).date == QDate(2024, 3, 4));
        CHECK_FALSE(all.at(0).periodIsMonth);
    }
    SECTION("Year and Month in two columns")
    {
        const QString path = writeFile(dir, QStringLiteral("ym.csv"),
                                       "Year,Month,NPS,Complaints\n2023,12,31,40\n2024,1,35,38\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 4);
        CHECK(all.at(0).date == QDate(2023, 12, 1));
        CHECK(all.at(2).date == QDate(2024, 1, 1));
        CHECK(all.at(2).periodIsMonth);
    }
    SECTION("--map date= names the column; an unknown one refuses the file")
    {
        const QString path =
            writeFile(dir, QStringLiteral("m.csv"), "Opened,Closed on,Backlog\n2024-03-01,2024-03-04,5\n");
        ImportOptions options;
        options.map.insert(QStringLiteral("date"), QStringLiteral("closed on"));
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path, options);
        REQUIRE_FALSE(out.refusal);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 1);
        CHECK(all.first().date == QDate(2024, 3, 4));
        options.map.insert(QStringLiteral("date"), QStringLiteral("Closed"));
        auto bad = readWith(ImportKind::Kpis, QStringLiteral("wide"), path, options);
        REQUIRE(bad.refusal);
        CHECK(bad.refusal->message.contains(QLatin1String("Closed")));
    }
}

TEST_CASE("Wide KPI sheet: bad files")
{
    QTemporaryDir dir;
    SECTION("empty file")
    {
        auto out =
            readWith(ImportKind::Kpis, QStringLiteral("wide"), writeFile(dir, QStringLiteral("e.csv"), ""));
        CHECK(out.refusal);
    }
    SECTION("header only: nothing to read, nothing refused")
    {
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"),
                            writeFile(dir, QStringLiteral("h.csv"), "Month,Calls\n"));
        CHECK_FALSE(out.refusal);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.rejects.isEmpty());
    }
    SECTION("no date column at all")
    {
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"),
                            writeFile(dir, QStringLiteral("n.csv"), "Team,Calls\nA,5\nB,7\n"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QLatin1String("--map date=")));
    }
    SECTION("binary garbage")
    {
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) & 0xFF);
        auto out =
            readWith(ImportKind::Kpis, QStringLiteral("wide"), writeFile(dir, QStringLiteral("b.csv"), junk));
        CHECK(out.refusal);
        CHECK(autoChoice(ImportKind::Kpis, dir.filePath(QStringLiteral("b.csv"))).isEmpty());
    }
    SECTION("decimal commas unquoted in a comma-separated file shift the cells: rejected")
    {
        const QString path =
            writeFile(dir, QStringLiteral("s.csv"), "Month,Rate,Calls\nApr 2024,8,7,100\nMay 2024,9,120\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejectLines == QVector<int>{2});
        CHECK(out.sink.records.size() == 2);
    }
    SECTION("two columns of one name")
    {
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"),
                            writeFile(dir, QStringLiteral("dup.csv"), "Month,Calls,calls\nApr 2024,1,2\n"));
        REQUIRE(out.refusal);
        CHECK(out.refusal->message.contains(QLatin1String("Columns 2 and 3")));
    }
    SECTION("truncated inside a quoted cell")
    {
        const QString path =
            writeFile(dir, QStringLiteral("t.csv"), "Month,Calls\nApr 2024,100\n\"May 2024,1");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        CHECK(out.refusal);
    }
    SECTION("truncated mid-row: the cut-off period is rejected")
    {
        const QString path =
            writeFile(dir, QStringLiteral("t2.csv"), "Date,Calls\n2024-03-01,100\n2024-03-0");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 1);
        CHECK(out.sink.rejectLines == QVector<int>{3});
    }
    SECTION("cancelled: the file is refused, nothing accepted")
    {
        const QString path = writeFile(dir, QStringLiteral("c.csv"), "Date,Calls\n2024-03-01,100\n");
        for (const QString& id : {QStringLiteral("wide"), QStringLiteral("generic")}) {
            ImportOptions options;
            options.map.insert(QStringLiteral("kpi"), QStringLiteral("Date"));
            options.map.insert(QStringLiteral("value"), QStringLiteral("Calls"));
            options.map.insert(QStringLiteral("period"), QStringLiteral("Date"));
            const auto out = readCancelled(ImportKind::Kpis, id, path, options);
            REQUIRE(out.refusal);
            CHECK(out.refusal->message == QLatin1String("Cancelled."));
            CHECK(out.sink.records.isEmpty());
        }
    }
}

TEST_CASE("Long KPI CSV: period, kpi, value with stage and unit")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("long.csv"),
                                   "period,kpi,value,stage,unit\n"
                                   "2024-03,First contact resolution,71.5,Get help,%\n"
                                   "2024-03-15,Average handle time,312,Get help,s\n"
                                   "2024-W10,Orders,\"1,234\",Join,\n"
                                   "2024-04,First contact resolution,7x,Get help,%\n"
                                   "2024-04,Orders,,Join,\n"
                                   "2024-13,Orders,5,Join,\n"
                                   ",Orders,5,Join,\n"
                                   "2024-04,,5,Join,\n"
                                   "Apr 2024,Churn rate,2.5 %,Renew,\n");
    CHECK(autoChoice(ImportKind::Kpis, path) == QLatin1String("generic"));
    auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
    REQUIRE_FALSE(out.refusal);
    const auto all = out.sink.all<KpiObservation>();
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).kpiName == QLatin1String("First contact resolution"));
    CHECK(all.at(0).date == QDate(2024, 3, 1));
    CHECK(all.at(0).periodIsMonth);
    CHECK(all.at(0).value == Approx(71.5));
    CHECK(all.at(0).unit == QLatin1String("%"));
    CHECK(out.sink.records.at(0).stage == QLatin1String("Get help"));
    CHECK(all.at(1).date == QDate(2024, 3, 15));
    CHECK_FALSE(all.at(1).periodIsMonth);
    CHECK(all.at(1).unit == QLatin1String("s"));
    CHECK(all.at(2).date == QDate(2024, 3, 4));
    CHECK(all.at(2).value == 1234);
    CHECK(all.at(3).value == Approx(2.5));
    CHECK(all.at(3).unit == QLatin1String("%"));
    CHECK(all.at(3).date == QDate(2024, 4, 1));
    CHECK(out.sink.records.at(3).line == 10);

    // The bad value on line 5 names its column; line 6 is a gap, not a reject.
    CHECK(out.sink.rejectLines == QVector<int>{5, 7, 8, 9});
    CHECK(out.sink.rejects.at(0).contains(QLatin1String("\"value\"")));
    CHECK(out.sink.rejects.at(0).contains(QLatin1String("7x")));
    CHECK(out.sink.notes.first().contains(QLatin1String("Rows without a value, left out as gaps (not zeros): 1.")));
}

TEST_CASE("Long KPI CSV: other header names, --map, periods in several languages")
{
    QTemporaryDir dir;
    SECTION("German headers by alias, semicolons and decimal commas")
    {
        const QString path = writeFile(dir, QStringLiteral("de.csv"),
                                       "Monat;Kennzahl;Wert\n"
                                       "März 2024;Erstlösungsquote;71,5\n"
                                       "15.03.2024;Bearbeitungszeit;1.312\n"
                                       "03/2024;Rückrufe;12\n"
                                       "2024M04;Rückrufe;14\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
        REQUIRE_FALSE(out.refusal);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 4);
        CHECK(all.at(0).date == QDate(2024, 3, 1));
        CHECK(all.at(0).value == Approx(71.5));
        CHECK(all.at(0).unit == QLatin1String("%")); // "...quote"
        CHECK(all.at(1).date == QDate(2024, 3, 15));
        CHECK(all.at(1).value == 1312);
        CHECK(all.at(2).date == QDate(2024, 3, 1));
        CHECK(all.at(2).periodIsMonth);
        CHECK(all.at(3).date == QDate(2024, 4, 1));
    }
    SECTION("date / name aliases")
    {
        const QString path = writeFile(dir, QStringLiteral("a.csv"),
                                       "date,name,value\n2024-02-29,Visits,3\nenero 2024,Visits,4\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
        const auto all = out.sink.all<KpiObservation>();
        REQUIRE(all.size() == 2);
        CHECK(all.at(1).date == QDate(2024, 1, 1));
    }
    SECTION("--map for headers of its own")
    {
        const QString path =
            writeFile(dir, QStringLiteral("m.csv"), "when,what,how much\n2024-03,NPS,31\n2024-04,NPS,35\n");
        auto refused = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
        REQUIRE(refused.refusal);
        CHECK(refused.refusal->message.contains(QLatin1String("period")));
        ImportOptions options;
        options.map.insert(QStringLiteral("period"), QStringLiteral("when"));
        options.map.insert(QStringLiteral("kpi"), QStringLiteral("what"));
        options.map.insert(QStringLiteral("value"), QStringLiteral("how much"));
        auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), path, options);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.records.size() == 2);
        options.map.insert(QStringLiteral("value"), QStringLiteral("amount"));
        auto unknown = readWith(ImportKind::Kpis, QStringLiteral("generic"), path, options);
        REQUIRE(unknown.refusal);
        CHECK(unknown.refusal->message.contains(QLatin1String("amount")));
    }
    SECTION("ambiguous slash dates are refused, one unambiguous date settles them")
    {
        const QString ambiguous =
            writeFile(dir, QStringLiteral("amb.csv"), "period,kpi,value\n03/04/2024,X,1\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), ambiguous);
        CHECK(out.sink.records.isEmpty());
        CHECK(out.sink.rejectLines == QVector<int>{2});
        const QString settled =
            writeFile(dir, QStringLiteral("set.csv"), "period,kpi,value\n03/04/2024,X,1\n25/04/2024,X,2\n");
        auto ok = readWith(ImportKind::Kpis, QStringLiteral("generic"), settled);
        const auto all = ok.sink.all<KpiObservation>();
        REQUIRE(all.size() == 2);
        CHECK(all.at(0).date == QDate(2024, 4, 3));
    }
    SECTION("duplicate periods are all passed on: the session rolls them up")
    {
        const QString path =
            writeFile(dir, QStringLiteral("d.csv"), "period,kpi,value\n2024-03-01,X,1\n2024-03-01,X,2\n");
        auto out = readWith(ImportKind::Kpis, QStringLiteral("generic"), path);
        CHECK(out.sink.records.size() == 2);
    }
    SECTION("empty, header only, binary")
    {
        CHECK(
            readWith(ImportKind::Kpis, QStringLiteral("generic"), writeFile(dir, QStringLiteral("e.csv"), ""))
                .refusal);
        auto header = readWith(ImportKind::Kpis, QStringLiteral("generic"),
                               writeFile(dir, QStringLiteral("h.csv"), "period,kpi,value\n"));
        CHECK_FALSE(header.refusal);
        CHECK(header.sink.records.isEmpty());
        CHECK(readWith(ImportKind::Kpis, QStringLiteral("generic"),
                       writeFile(dir, QStringLiteral("b.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)))
                  .refusal);
    }
}

TEST_CASE("KPI sheets in European locale (layout-docs/kpi_eu): the SF figures re-written")
{
    auto check12 = [](const QVector<KpiObservation>& all, const QString& calls, const QString& rate) {
        const auto inbound = ofKpi(all, calls);
        REQUIRE(inbound.size() == 12);
        double sum = 0;
        for (const auto& o : inbound) {
            sum += o.value;
            CHECK(o.periodIsMonth);
            CHECK(o.date >= QDate(2023, 5, 1));
            CHECK(o.date <= QDate(2024, 4, 1));
        }
        CHECK(sum == 36871);
        const auto rates = ofKpi(all, rate);
        REQUIRE(rates.size() == 12);
        double rateSum = 0;
        for (const auto& o : rates) {
            rateSum += o.value;
            CHECK(o.unit == QLatin1String("%"));
            if (o.date == QDate(2024, 4, 1))
                CHECK(o.value == Approx(8.7));
        }
        CHECK(rateSum == Approx(134.2));
    };
    SECTION("Excel de-DE: cp1252, ';', 01.04.2024 as the month, thousands dots, 8,7 NBSP %")
    {
        const QString path = importData(QStringLiteral("layout-docs/kpi_eu/sf_monthly_de_excel_cp1252.csv"));
        CHECK(
            readWith(ImportKind::Kpis, QStringLiteral("wide"), path).refusal); // not UTF-8: --encoding needed
        ImportOptions options;
        options.encoding = "windows-1252";
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path, options);
        INFO((out.refusal ? out.refusal->toString() : QString()).toStdString());
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        const auto all = out.sink.all<KpiObservation>();
        check12(all, QStringLiteral("Eingehende Anrufe"), QStringLiteral("Abbruchquote"));
        const auto visits = ofKpi(all, QString::fromUtf8("Persönliche Besuche"));
        CHECK(visits.size() == 9);
        double sum = 0;
        for (const auto& o : visits)
            sum += o.value;
        CHECK(sum == 209);
        CHECK(ofKpi(all, QString::fromUtf8("Ø Wartezeit bis Annahme (Sek.)")).first().unit ==
              QLatin1String("s"));
        CHECK(out.sink.notes.first().contains(QLatin1String("first of a month")));
    }
    SECTION("periods as columns, one row per KPI, UTF-8 with BOM")
    {
        const QString path = importData(QStringLiteral("layout-docs/kpi_eu/sf_wide_de_utf8bom.csv"));
        CHECK(autoChoice(ImportKind::Kpis, path) == QLatin1String("wide"));
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        INFO((out.refusal ? out.refusal->toString() : QString()).toStdString());
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        const auto all = out.sink.all<KpiObservation>();
        check12(all, QStringLiteral("Eingehende Anrufe"), QStringLiteral("Abbruchquote"));
        CHECK(ofKpi(all, QString::fromUtf8("Persönliche Besuche")).size() == 9);
        CHECK(all.size() == 12 * 4 + 9);
        CHECK(out.sink.records.first().line == 2);
    }
    SECTION("comma-separated with quoted decimal-comma percents; a second, text month column")
    {
        const QString path =
            importData(QStringLiteral("layout-docs/kpi_eu/sf_monthly_isoperiod_quoted_decimal.csv"));
        CHECK(autoChoice(ImportKind::Kpis, path) == QLatin1String("wide"));
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        const auto all = out.sink.all<KpiObservation>();
        check12(all, QStringLiteral("Inbound Calls"), QStringLiteral("Call Abandonment Rate"));
        CHECK(all.size() == 24);
        CHECK(out.sink.notes.first().contains(QLatin1String("Monat (kurz)")));
    }
    SECTION("ISO weeks, a last row with no values")
    {
        const QString path = importData(QStringLiteral("layout-docs/kpi_eu/weekly_isoweek_synthetic.csv"));
        auto out = readWith(ImportKind::Kpis, QStringLiteral("wide"), path);
        REQUIRE_FALSE(out.refusal);
        CHECK(out.sink.rejects.isEmpty());
        const auto all = out.sink.all<KpiObservation>();
        const auto calls = ofKpi(all, QStringLiteral("Eingehende Anrufe"));
        REQUIRE(calls.size() == 3);
        CHECK(calls.first().date == QDate(2024, 2, 26));
        CHECK(calls.first().value == 812);
        CHECK_FALSE(calls.first().periodIsMonth);
        const auto rate = ofKpi(all, QStringLiteral("Abbruchquote"));
        REQUIRE(rate.size() == 3);
        CHECK(rate.first().value == Approx(9.1));
        CHECK(out.sink.notes.first().contains(QLatin1String("by its name")));
    }
}

TEST_CASE("KPI sniffing does not take other kinds' generic files")
{
    QTemporaryDir dir;
    auto kindOf = [&](const QString& name, const QByteArray& bytes) -> std::optional<ImportKind> {
        auto chosen = sniffAnyKind(writeFile(dir, name, bytes));
        if (!chosen)
            return std::nullopt;
        return chosen->importer->kind();
    };
    CHECK(sniffAnyKind(importData(QStringLiteral("real/kpi/sf_hss_call_center_monthly.csv")))
              ->importer->kind() == ImportKind::Kpis);
    CHECK(kindOf(QStringLiteral("long.csv"), "period,kpi,value\n2024-03,NPS,31\n") == ImportKind::Kpis);
    CHECK(kindOf(QStringLiteral("s.csv"),
                 "responded_at,metric,score\n2024-03-01,nps,9\n2024-03-02,nps,7\n") == ImportKind::Surveys);
    CHECK(kindOf(QStringLiteral("c.csv"), "received_at,text,id\n2024-03-01,Bad,5\n") ==
          ImportKind::Complaints);
}
