#pragma once
// Small helpers shared by the store's .cpp files (not part of the public API).

#include "Domain.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstdio>
#include <optional>

namespace cr::sql {

inline QString isoDateTime(const QDateTime& t)
{
    // By hand: toString() with a format string parses the pattern on every
    // call, which was a tenth of an import.
    const QDate d = t.date();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QTime time = t.time();
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(), time.hour(),
                  time.minute(), time.second());
    return QString::fromLatin1(text);
}
inline QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
inline QDateTime parseDateTime(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
inline QDate parseDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant nullable(const std::optional<RowId>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullable(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
inline QVariant nullable(const std::optional<QDate>& d)
{
    return d && d->isValid() ? QVariant(isoDate(*d)) : QVariant(QMetaType::fromType<QString>());
}
inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT ''.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

inline std::optional<RowId> optionalId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}
inline std::optional<double> optionalDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}
inline std::optional<QDate> optionalDate(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    const QDate d = parseDate(v);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// A call's transcript as the call table keeps it: one compact JSON array of
// {start, end, speaker, text}, whether the room or an import writes it.
inline QString transcriptJson(const QVector<TranscriptSegment>& segments)
{
    QJsonArray array;
    for (const auto& s : segments)
        array.append(QJsonObject{{QStringLiteral("start"), s.start},
                                 {QStringLiteral("end"), s.end},
                                 {QStringLiteral("speaker"), s.speaker},
                                 {QStringLiteral("text"), s.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// WHERE fragment and its bind values for "this stage (or unassigned), in this range".
struct StageTimeFilter
{
    QString where;
    QVariantList values;

    StageTimeFilter(std::optional<RowId> stageId, const DateRange& range, const QString& timeColumn)
    {
        QStringList parts;
        if (stageId) {
            parts << QStringLiteral("stage_id = ?");
            values << *stageId;
        } else {
            parts << QStringLiteral("stage_id IS NULL");
        }
        if (!timeColumn.isEmpty()) {
            // ISO text compares in time order; the end is exclusive (the day after `to`).
            if (range.from) {
                parts << QStringLiteral("%1 >= ?").arg(timeColumn);
                values << isoDate(*range.from);
            }
            if (range.to) {
                parts << QStringLiteral("%1 < ?").arg(timeColumn);
                values << isoDate(range.to->addDays(1));
            }
        }
        where = parts.join(QStringLiteral(" AND "));
    }

    void bind(QSqlQuery& q) const
    {
        for (const QVariant& v : values)
            q.addBindValue(v);
    }
};

} // namespace cr::sql
