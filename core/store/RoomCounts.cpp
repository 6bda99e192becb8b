// RoomStore: counts of a stage's evidence in a range (survey score
// histograms, complaint categories and channels), once or per trend window.
#include "RoomStore.h"

#include "SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace cr {

Result<QVector<int>> RoomStore::scoreHistogram(std::optional<RowId> stageId, SurveyMetric metric,
                                               const DateRange& range) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("responded_at"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT score - scale_min, count(*) FROM survey_response "
                             "WHERE metric = ? AND %1 GROUP BY score")
                  .arg(filter.where));
    q.addBindValue(toString(metric));
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Reading survey scores"));
    const int buckets = metric == SurveyMetric::Nps ? 11 : metric == SurveyMetric::Csat ? 5 : 7;
    QVector<int> histogram(buckets, 0);
    while (q.next()) {
        const int index = q.value(0).toInt();
        if (index >= 0 && index < buckets)
            histogram[index] = q.value(1).toInt();
    }
    return histogram;
}

Result<QVector<QVector<int>>> RoomStore::scoreHistograms(std::optional<RowId> stageId, SurveyMetric metric,
                                                         const QVector<DateRange>& windows) const
{
    // As complaintCategoryCounts: one prepared statement, re-bound per window.
    const int buckets = metric == SurveyMetric::Nps ? 11 : metric == SurveyMetric::Csat ? 5 : 7;
    QVector<QVector<int>> out(windows.size(), QVector<int>(buckets, 0));
    QSqlQuery q(db());
    QString preparedWhere;
    for (int i = 0; i < windows.size(); ++i) {
        const sql::StageTimeFilter filter(stageId, windows[i], QStringLiteral("responded_at"));
        if (filter.where != preparedWhere) {
            if (!q.prepare(QStringLiteral("SELECT score - scale_min, count(*) FROM survey_response "
                                          "WHERE metric = ? AND %1 GROUP BY score")
                               .arg(filter.where)))
                return sqlError(q, RoomStore::tr("Reading survey scores"));
            preparedWhere = filter.where;
        }
        q.bindValue(0, toString(metric));
        for (int v = 0; v < filter.values.size(); ++v)
            q.bindValue(v + 1, filter.values[v]);
        if (!q.exec())
            return sqlError(q, RoomStore::tr("Reading survey scores"));
        while (q.next()) {
            const int index = q.value(0).toInt();
            if (index >= 0 && index < buckets)
                out[i][index] = q.value(1).toInt();
        }
    }
    return out;
}

Result<QVector<QHash<QString, int>>> RoomStore::complaintCategoryCounts(std::optional<RowId> stageId,
                                                                        const QVector<DateRange>& windows) const
{
    // One prepared statement re-bound per window: SQLite groups a month's
    // rows faster this way than one pass that buckets 13 months (measured on
    // the large room: 13 small grouped scans beat one CASE over all of them).
    QVector<QHash<QString, int>> out(windows.size());
    QSqlQuery q(db());
    QString preparedWhere;
    for (int i = 0; i < windows.size(); ++i) {
        const sql::StageTimeFilter filter(stageId, windows[i], QStringLiteral("received_at"));
        if (filter.where != preparedWhere) { // windows of one shape share one plan
            if (!q.prepare(QStringLiteral("SELECT category, count(*) FROM complaint WHERE %1 GROUP BY category")
                               .arg(filter.where)))
                return sqlError(q, RoomStore::tr("Counting complaints"));
            preparedWhere = filter.where;
        }
        for (int v = 0; v < filter.values.size(); ++v)
            q.bindValue(v, filter.values[v]);
        if (!q.exec())
            return sqlError(q, RoomStore::tr("Counting complaints"));
        while (q.next())
            out[i].insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

Result<RoomStore::ComplaintBreakdown> RoomStore::complaintBreakdown(std::optional<RowId> stageId,
                                                                   const DateRange& range) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("received_at"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT category, channel, count(*) FROM complaint WHERE %1 GROUP BY category, channel")
                  .arg(filter.where));
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, RoomStore::tr("Counting complaints"));
    QHash<QString, int> categories, channels;
    ComplaintBreakdown out;
    while (q.next()) {
        const int n = q.value(2).toInt();
        categories[q.value(0).toString()] += n;
        channels[q.value(1).toString()] += n;
        out.total += n;
    }
    auto ranked = [](const QHash<QString, int>& counts) {
        QVector<Count> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(), [](const Count& a, const Count& b) {
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        });
        return list;
    };
    out.byCategory = ranked(categories);
    out.byChannel = ranked(channels);
    return out;
}

Result<int> RoomStore::complaintTotal(std::optional<RowId> stageId, const DateRange& range) const
{
    const sql::StageTimeFilter filter(stageId, range, QStringLiteral("received_at"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*) FROM complaint WHERE %1").arg(filter.where));
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, RoomStore::tr("Counting complaints"));
    return q.value(0).toInt();
}

} // namespace cr
