#pragma once
// Reads a file on a thread of its own while the calling thread stores what
// was read: parsing and SQLite each keep a core busy, and the room's
// connection stays on the thread that owns it. The importer's calls reach
// the sink in the order it made them, in batches, through a bounded queue,
// so memory stays flat however long the file is. When the sink says it is
// cancelled (Cancel, or a store error) the reader is told to stop and
// whatever it still sends is dropped.

#include "Result.h"
#include "import/Importer.h"

namespace cr {

Status readAhead(const Importer& importer, const QString& path, const ImportOptions& options, ImportSink& sink);

} // namespace cr
