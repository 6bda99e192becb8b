#include "room/RoomTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cr {

Result<RoomTemplate> loadRoomTemplate(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("RoomTemplate", "Cannot read the template: %1").arg(f.errorString()),
            path);
    return parseRoomTemplate(f.readAll(), path);
}

Result<RoomTemplate> parseRoomTemplate(const QByteArray& json, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error(
            QCoreApplication::translate("RoomTemplate", "Not valid JSON: %1.").arg(parseError.errorString()),
            file, line);
    }
    const QJsonObject root = doc.object();
    RoomTemplate t;
    t.name = root.value(QStringLiteral("name")).toString();
    QStringList departmentNames;
    for (const QJsonValue& v : root.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject o = v.toObject();
        Department d;
        d.name = o.value(QStringLiteral("name")).toString().trimmed();
        d.leader = o.value(QStringLiteral("leader")).toString();
        d.ambassador = o.value(QStringLiteral("ambassador")).toString();
        if (d.name.isEmpty())
            return Error(QCoreApplication::translate("RoomTemplate", "Department %1 has no name.")
                             .arg(t.departments.size() + 1),
                         file);
        t.departments.append(d);
        departmentNames << d.name;
    }
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    if (stages.isEmpty())
        return Error(QCoreApplication::translate("RoomTemplate",
                                                 "The template has no stages; list them under \"stages\"."),
                     file);
    for (const QJsonValue& v : stages) {
        const QJsonObject o = v.toObject();
        RoomTemplate::StageTemplate s;
        s.stage.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (s.stage.name.isEmpty())
            return Error(
                QCoreApplication::translate("RoomTemplate", "Stage %1 has no name.").arg(t.stages.size() + 1),
                file);
        s.stage.position = int(t.stages.size()) + 1;
        const QString maturity = o.value(QStringLiteral("maturity")).toString(QStringLiteral("reliable"));
        const auto m = maturityFromString(maturity);
        if (!m)
            return Error(QCoreApplication::translate(
                             "RoomTemplate",
                             "Stage \"%1\": maturity \"%2\" is not broken, reliable or differentiating.")
                             .arg(s.stage.name, maturity),
                         file);
        s.stage.maturity = *m;
        s.stage.targetExperience = o.value(QStringLiteral("target_experience")).toString();
        s.stage.description = o.value(QStringLiteral("description")).toString();
        s.owner = o.value(QStringLiteral("owner")).toString();
        for (const QJsonValue& c : o.value(QStringLiteral("contributors")).toArray())
            s.contributors << c.toString();
        const QStringList named = QStringList(s.contributors) << s.owner;
        for (const QString& d : named)
            if (!d.isEmpty() && !departmentNames.contains(d))
                return Error(QCoreApplication::translate(
                                 "RoomTemplate",
                                 "Stage \"%1\" names department \"%2\", which is not in \"departments\".")
                                 .arg(s.stage.name, d),
                             file);
        for (const QJsonValue& m : o.value(QStringLiteral("moments")).toArray())
            s.moments << m.toString();
        t.stages.append(s);
    }
    return t;
}

Status applyRoomTemplate(RoomStore& store, const RoomTemplate& t)
{
    RoomStore::Transaction tx(store);
    if (!t.name.isEmpty())
        if (auto r = store.setRoomName(t.name); !r)
            return r;
    QHash<QString, RowId> ids;
    for (const Department& d : t.departments) {
        auto id = store.addDepartment(d);
        if (!id)
            return id.error();
        ids.insert(d.name, *id);
    }
    for (const auto& s : t.stages) {
        Stage stage = s.stage;
        if (!s.owner.isEmpty())
            stage.ownerDepartmentId = ids.value(s.owner);
        for (const QString& c : s.contributors)
            stage.contributingDepartmentIds.append(ids.value(c));
        auto id = store.addStage(stage);
        if (!id)
            return id.error();
        int position = 1;
        for (const QString& m : s.moments) {
            auto moment = store.addMoment({0, *id, m, QString(), position, position == 1});
            ++position;
            if (!moment)
                return moment.error();
        }
    }
    return tx.commit();
}

} // namespace cr
