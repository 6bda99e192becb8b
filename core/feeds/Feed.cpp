#include "feeds/Feed.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cr {

Feed::Location Feed::locationType() const
{
    if (location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return Location::Url;
    return QFileInfo(location).isDir() ? Location::Folder : Location::File;
}

QJsonObject optionsToJson(const ImportOptions& o)
{
    QJsonObject json;
    if (!o.map.isEmpty()) {
        QJsonObject map;
        for (auto it = o.map.begin(); it != o.map.end(); ++it)
            map.insert(it.key(), it.value());
        json.insert(QStringLiteral("map"), map);
    }
    switch (o.rollUp) {
    case RollUp::Sum:
        json.insert(QStringLiteral("aggregate"), QStringLiteral("sum"));
        break;
    case RollUp::Mean:
        json.insert(QStringLiteral("aggregate"), QStringLiteral("mean"));
        break;
    case RollUp::Last:
        json.insert(QStringLiteral("aggregate"), QStringLiteral("last"));
        break;
    case RollUp::Unset:
        break;
    }
    if (!o.encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), QString::fromLatin1(o.encoding));
    if (o.strict)
        json.insert(QStringLiteral("strict"), true);
    if (!o.question.isEmpty())
        json.insert(QStringLiteral("question"), o.question);
    if (!o.details.isEmpty())
        json.insert(QStringLiteral("details"), o.details);
    return json;
}

ImportOptions optionsFromJson(const QJsonObject& json)
{
    ImportOptions o;
    const QJsonObject map = json.value(QStringLiteral("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        o.map.insert(it.key(), it.value().toString());
    const QString aggregate = json.value(QStringLiteral("aggregate")).toString();
    o.rollUp = aggregate == QLatin1String("sum")    ? RollUp::Sum
               : aggregate == QLatin1String("mean") ? RollUp::Mean
               : aggregate == QLatin1String("last") ? RollUp::Last
                                                    : RollUp::Unset;
    o.encoding = json.value(QStringLiteral("encoding")).toString().toLatin1();
    o.strict = json.value(QStringLiteral("strict")).toBool();
    o.question = json.value(QStringLiteral("question")).toString();
    o.details = json.value(QStringLiteral("details")).toString();
    return o;
}

} // namespace cr
