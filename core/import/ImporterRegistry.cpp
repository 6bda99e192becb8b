#include "import/ImporterRegistry.h"

#include "import/Archive.h"

#include "import/TextInput.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <memory>

namespace cr {

namespace formats {
std::unique_ptr<Importer> makeGenericComplaintsCsv(); // core/import/GenericComplaintsCsv.cpp
}

namespace {

// Registry order breaks ties between equally confident importers: specific
// vendor layouts first, the documented generic formats last.
std::vector<std::unique_ptr<Importer>> makeAll()
{
    std::vector<std::unique_ptr<Importer>> all;
    all.push_back(formats::makeQualtricsCsv());
    all.push_back(formats::makeSurveyMonkeyJson());
    all.push_back(formats::makeGenericSurveysCsv());
    all.push_back(formats::makeCfpbCsv());
    all.push_back(formats::makeCfpbJson());
    all.push_back(formats::makeHelpDeskTicketsCsv());
    all.push_back(formats::makeZendeskTicketsJson());
    all.push_back(formats::makeGenericComplaintsCsv());
    all.push_back(formats::makeKpiWideCsv());
    all.push_back(formats::makeKpiLongCsv());
    all.push_back(formats::makeAudioFiles());
    all.push_back(formats::makeTwilioRecordings());
    all.push_back(formats::makeConnectContactRecords());
    all.push_back(formats::makeGenericCallManifest());
    all.push_back(formats::makeImageArtifacts());
    all.push_back(formats::makePdfArtifacts());
    all.push_back(formats::makeEmailArtifacts());
    all.push_back(formats::makeHtmlArtifacts());
    return all;
}

const std::vector<std::unique_ptr<Importer>>& owned()
{
    static const std::vector<std::unique_ptr<Importer>> all = makeAll();
    return all;
}

Result<ImporterChoice> pickBest(const FileSample& sample, const std::optional<ImportKind>& kind)
{
    const Importer* best = nullptr;
    Sniff bestSniff;
    for (const Importer* importer : importers()) {
        if (kind && importer->kind() != *kind)
            continue;
        const Sniff s = importer->sniff(sample);
        if (s.confidence > bestSniff.confidence) {
            best = importer;
            bestSniff = s;
        }
    }
    if (!best && !sample.isText)
        return Error(
            QCoreApplication::translate(
                "Importers",
                "This is not a text file, and no %1 format reads it (a spreadsheet or an archive? Export "
                "it as CSV).")
                .arg(kind ? toString(*kind) : QCoreApplication::translate("Importers", "evidence")),
            sample.path);
    if (!best) {
        const QString what = kind ? toString(*kind) : QCoreApplication::translate("Importers", "evidence");
        return Error(
            QCoreApplication::translate(
                "Importers", "Cannot tell which %1 format this file is. Name it with --format (one of: %2).")
                .arg(what, kind ? importerIds(*kind).join(QStringLiteral(", ")) : QString()),
            sample.path);
    }
    return ImporterChoice{
        best, QCoreApplication::translate("Importers", "%1 (%2)").arg(best->displayName(), bestSniff.reason)};
}

} // namespace

const QVector<const Importer*>& importers()
{
    static const QVector<const Importer*> list = [] {
        QVector<const Importer*> l;
        for (const auto& importer : owned())
            l.append(importer.get());
        return l;
    }();
    return list;
}

const Importer* importerById(ImportKind kind, const QString& id)
{
    for (const Importer* importer : importers())
        if (importer->kind() == kind && importer->id() == id)
            return importer;
    return nullptr;
}

QStringList importerIds(ImportKind kind)
{
    QStringList ids;
    for (const Importer* importer : importers())
        if (importer->kind() == kind && !ids.contains(importer->id()))
            ids << importer->id();
    return ids;
}

Result<FileSample> sampleFile(const QString& path, const QByteArray& encoding)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(QCoreApplication::translate("Importers", "No such file."), path);
    if (info.isDir())
        return Error(QCoreApplication::translate(
                         "Importers", "This is a folder; give a file, or add the folder as a feed."),
                     path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("Importers", "Cannot read the file: %1").arg(file.errorString()),
            path);
    FileSample sample;
    sample.path = path;
    sample.fileName = info.fileName();
    sample.suffix = info.suffix().toLower();
    sample.size = info.size();
    sample.head = file.read(64 * 1024);
    if (sample.size == 0)
        return Error(QCoreApplication::translate("Importers", "The file is empty."), path);
    // An archive is sniffed by the one file inside, as the import will read it.
    if (looksLikeArchive(sample.head)) {
        auto member = archiveMember(path, 64 * 1024);
        if (!member)
            return member.error();
        const QFileInfo inside(member->name);
        sample.fileName = inside.fileName();
        sample.suffix = inside.suffix().toLower();
        sample.head = member->head;
        sample.size = member->size >= 0 ? member->size : sample.head.size() + 1;
        if (sample.head.isEmpty())
            return Error(QCoreApplication::translate("Importers", "The file in the archive is empty."), path);
    }

    // Decide whether the head is text, and decode it as the importers will.
    QByteArray bytes = sample.head;
    QStringDecoder decoder;
    if (!encoding.isEmpty())
        decoder = QStringDecoder(encoding.constData());
    else if (bytes.startsWith("\xFF\xFE"))
        decoder = QStringDecoder(QStringConverter::Utf16LE), bytes.remove(0, 2);
    else if (bytes.startsWith("\xFE\xFF"))
        decoder = QStringDecoder(QStringConverter::Utf16BE), bytes.remove(0, 2);
    else {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        decoder = QStringDecoder(QStringConverter::Utf8);
    }
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringConverter::Latin1);
    // Cut at a line end so a multi-byte character split by the 64 KiB limit is no error.
    if (sample.size > sample.head.size()) {
        const qsizetype lastLf = bytes.lastIndexOf('\n');
        if (lastLf > 0)
            bytes.truncate(lastLf + 1);
    }
    const QString text = decoder.decode(bytes);
    sample.isText = !decoder.hasError() && !text.contains(QChar(0));
    if (sample.isText)
        sample.text = text;
    return sample;
}

Result<ImporterChoice> chooseImporter(const QString& path, const ImportOptions& options)
{
    if (options.format != QLatin1String("auto") && !options.format.isEmpty()) {
        const Importer* importer = importerById(options.kind, options.format);
        if (!importer)
            return Error(QCoreApplication::translate(
                             "Importers", "There is no %1 format named \"%2\". Formats for %1: auto, %3.")
                             .arg(toString(options.kind), options.format,
                                  importerIds(options.kind).join(QStringLiteral(", "))),
                         path);
        if (auto sample = sampleFile(path, options.encoding); !sample)
            return sample.error();
        return ImporterChoice{importer, QCoreApplication::translate("Importers", "%1 (named with --format)")
                                            .arg(importer->displayName())};
    }
    auto sample = sampleFile(path, options.encoding);
    if (!sample)
        return sample.error();
    return pickBest(*sample, options.kind);
}

Result<ImporterChoice> sniffAnyKind(const QString& path)
{
    auto sample = sampleFile(path);
    if (!sample)
        return sample.error();
    return pickBest(*sample, std::nullopt);
}

} // namespace cr
