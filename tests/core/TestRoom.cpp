#include "TestRoom.h"

namespace cr::test {

TempRoom::TempRoom(const QString& name)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(name);
    store = require(RoomStore::open(path, RoomStore::OpenMode::CreateNew));
}

QString testData(const QString& relative)
{
    return QStringLiteral(CR_TEST_DATA "/") + relative;
}

} // namespace cr::test
