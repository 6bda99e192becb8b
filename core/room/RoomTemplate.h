#pragma once
// A room template: departments, stages and moments as JSON, for
// `customer-room-cli init ROOM --template FILE.json`.
//
// {"name": "Acme", "departments": [{"name", "leader", "ambassador"}],
//  "stages": [{"name", "maturity", "target_experience", "description",
//              "owner", "contributors": [..], "moments": ["..", ..]}]}

#include "Domain.h"
#include "Result.h"
#include "store/RoomStore.h"

namespace cr {

struct RoomTemplate
{
    QString name;
    QVector<Department> departments;
    struct StageTemplate
    {
        Stage stage;
        QString owner;
        QStringList contributors;
        QStringList moments;
    };
    QVector<StageTemplate> stages;
};

Result<RoomTemplate> loadRoomTemplate(const QString& path);
Result<RoomTemplate> parseRoomTemplate(const QByteArray& json, const QString& nameForErrors);
Status applyRoomTemplate(RoomStore& store, const RoomTemplate& roomTemplate);

} // namespace cr
