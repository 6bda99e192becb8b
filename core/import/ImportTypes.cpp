#include "import/ImportTypes.h"

namespace cr {

namespace {
const char* const kKindNames[] = {"surveys", "complaints", "kpis", "calls", "artifacts"};
}

QString toString(ImportKind kind)
{
    return QString::fromLatin1(kKindNames[static_cast<int>(kind)]);
}

std::optional<ImportKind> importKindFromString(const QString& s)
{
    for (int i = 0; i < 5; ++i)
        if (s == QLatin1String(kKindNames[i]))
            return static_cast<ImportKind>(i);
    return std::nullopt;
}

} // namespace cr
