#pragma once
// The demo's traces of real work with feeds: mapping rules, last month's
// social-media mentions imported through them (most found their stage,
// some wait in the Unassigned tray), and the import log with two rejects.

#include "Result.h"
#include "Domain.h"

#include <QDate>
#include <QHash>

namespace cr {

class RoomStore;

Status addDemoImports(RoomStore& store, QDate lastMonth, const QHash<QString, RowId>& stageIds);

} // namespace cr
