#include "ImportTestSupport.h"

#include "import/ImporterRegistry.h"

#include <catch2/catch.hpp>

namespace cr::test {

void CollectingSink::reject(int line, const QString& reason, const QString&)
{
    rejects.append(QStringLiteral("%1: %2").arg(line).arg(reason));
    rejectLines.append(line);
}

void CollectingSink::skip(int line, const QString& reason)
{
    skips.append(QStringLiteral("%1: %2").arg(line).arg(reason));
}

ReadOutcome readWith(ImportKind kind, const QString& id, const QString& path, ImportOptions options)
{
    const Importer* importer = importerById(kind, id);
    INFO("importer " << id.toStdString());
    REQUIRE(importer != nullptr);
    options.kind = kind;
    options.format = id;
    ReadOutcome outcome;
    const Status status = importer->read(path, options, outcome.sink);
    if (!status.ok())
        outcome.refusal = status.error();
    return outcome;
}

QString autoChoice(ImportKind kind, const QString& path)
{
    ImportOptions options;
    options.kind = kind;
    auto choice = chooseImporter(path, options);
    return choice ? choice->importer->id() : QString();
}

QString importData(const QString& relative)
{
    return QStringLiteral(CR_TEST_DATA "/") + relative;
}

} // namespace cr::test
