// Evidence search on a room (bench/search.sh): each query's time through
// EvidenceSearch (counts per kind, the newest hits with their passages and
// stages) against the bare FTS5 count of the same match in the same run.
#include "store/EvidenceSearch.h"
#include "store/RoomStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace cr;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_search ROOM [RUNS]\n";
        return 1;
    }
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    auto store = RoomStore::open(QString::fromLocal8Bit(argv[1]), RoomStore::OpenMode::OpenExisting);
    if (!store) {
        out << store.error().toString() << '\n';
        return 2;
    }
    auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
    raw.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!raw.open())
        return 2;
    const QStringList queries{QStringLiteral("engineer"), QStringLiteral("bill"), QStringLiteral("router red light"),
                              QStringLiteral("cancel"), QStringLiteral("refund"), QStringLiteral("zzqxj"),
                              QStringLiteral("eng")};
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("query"), -20)
               .arg(QStringLiteral("matches"), 9)
               .arg(QStringLiteral("search ms"), 10)
               .arg(QStringLiteral("fts ms"), 8)
               .arg(QStringLiteral("ratio"), 6);
    double worst = 0;
    for (const QString& text : queries) {
        QVector<double> ours, bare;
        int total = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = EvidenceSearch(**store).search(text, 60);
            ours << t.nsecsElapsed() / 1e6;
            if (!r) {
                out << r.error().toString() << '\n';
                return 2;
            }
            total = r->total();
            t.restart();
            const QString match = EvidenceSearch::matchExpression(text);
            for (const char* table : {"complaint_fts", "survey_fts", "call_fts", "fix_fts"}) {
                QSqlQuery q(raw);
                q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(table)));
                q.addBindValue(match);
                q.exec();
                q.next();
            }
            bare << t.nsecsElapsed() / 1e6;
        }
        const double m = median(ours), b = median(bare);
        worst = std::max(worst, m);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(text, -20)
                   .arg(total, 9)
                   .arg(m, 10, 'f', 1)
                   .arg(b, 8, 'f', 1)
                   .arg(b > 0 ? m / b : 0, 6, 'f', 2);
    }
    out << QStringLiteral("slowest median search: %1 ms (target < 50 ms)\n").arg(worst, 0, 'f', 1);
    return worst < 50 ? 0 : 1;
}
