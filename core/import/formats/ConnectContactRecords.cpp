// Amazon Connect contact records (CTR), as the contact record stream
// delivers them: one object, an array, NDJSON, or objects written back to
// back with no separator (Kinesis Data Firehose to S3). Per record:
// ContactId is the external id; InitiationTimestamp (else
// ConnectedToSystemTimestamp) the start; Agent.Username the agent (Agent is
// null when nobody answered); Recording.Location / Recordings[].Location
// the audio, looked up by its file name next to this file (or in a folder
// below it, as an S3 sync lays it out); a Contact Lens output file
// <ContactId>_analysis_....json (or a chat transcript <ContactId>_....json)
// nearby gives the transcript, the redacted one first.
// Channels: VOICE calls are imported; CHAT contacts too (channel "chat", a
// transcript and no audio: a customer conversation worth reading aloud);
// TASK and EMAIL contacts are work items, not conversations, and are
// skipped with the reason. Connect delivers records at least once: of
// several copies of a contact the one with the latest LastUpdateTimestamp
// is kept. The length is the audio's; without audio it is
// DisconnectTimestamp - start.
#include "import/Parsing.h"
#include "import/TextInput.h"
#include "import/formats/CallsCommon.h"
#include "import/formats/Formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace cr::formats {

namespace {

QStringList recordingLocations(const QJsonObject& contact)
{
    QStringList locations;
    const QJsonObject recording = calls::field(contact, "Recording").toObject();
    if (const QString loc = calls::stringField(recording, "Location"); !loc.isEmpty())
        locations << loc;
    for (const QJsonValue& v : calls::field(contact, "Recordings").toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = calls::stringField(r, "MediaStreamType");
        const QString loc = calls::stringField(r, "Location");
        if (!loc.isEmpty() &&
            (type.isEmpty() || type.compare(QLatin1String("AUDIO"), Qt::CaseInsensitive) == 0) &&
            !locations.contains(loc))
            locations << loc;
    }
    return locations;
}

class ConnectContactRecords final : public Importer
{
public:
    QString id() const override { return QStringLiteral("connect"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "Amazon Connect contact records (JSON)");
    }
    ImportKind kind() const override { return ImportKind::Calls; }
    QStringList suffixes() const override
    {
        return {QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const QString& t = sample.text;
        if (!calls::looksLikeJson(t))
            return {};
        if (t.contains(QLatin1String("\"ContactId\"")) &&
            t.contains(QLatin1String("\"InitiationTimestamp\"")))
            return {90, QCoreApplication::translate("Importers", "ContactId and InitiationTimestamp")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        auto bytes = TextInput::readAllUtf8NonBlank(path, options.encoding);
        if (!bytes)
            return bytes.error();
        const qint64 total = bytes->size();
        const calls::JsonRecords split = calls::splitJsonRecords(*bytes);
        if (split.records.isEmpty())
            return Error(split.error.isEmpty()
                             ? QCoreApplication::translate("Importers", "No contact records in this JSON.")
                             : split.error,
                         path, split.errorLine);
        if (!split.error.isEmpty())
            sink.reject(split.errorLine, split.error);

        // At-least-once delivery: keep the latest copy of each contact.
        QHash<QString, int> latest; // ContactId -> index of the copy to keep
        for (int i = 0; i < split.records.size(); ++i) {
            const QString id = calls::stringField(split.records.at(i).object, "ContactId");
            if (id.isEmpty())
                continue;
            const auto it = latest.constFind(id);
            if (it == latest.constEnd()) {
                latest.insert(id, i);
                continue;
            }
            const auto kept =
                parse::dateTime(calls::stringField(split.records.at(*it).object, "LastUpdateTimestamp"));
            const auto mine =
                parse::dateTime(calls::stringField(split.records.at(i).object, "LastUpdateTimestamp"));
            if (!kept || (mine && *mine >= *kept))
                latest.insert(id, i);
        }

        const calls::SiblingFiles siblings(path);
        int voice = 0;
        int chat = 0;
        int withAudio = 0;
        int audioMissing = 0;
        int transcripts = 0;
        QStringList unreadableTranscripts;
        for (int i = 0; i < split.records.size(); ++i) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            if (!sink.wantsMore())
                break;
            const calls::JsonRecord& r = split.records.at(i);
            sink.progress(r.offset, total);
            if (!r.error.isEmpty()) {
                sink.reject(r.line, r.error, r.raw);
                continue;
            }
            const QJsonObject& contact = r.object;
            const QString contactId = calls::stringField(contact, "ContactId");
            if (contactId.isEmpty()) {
                sink.reject(r.line,
                            QCoreApplication::translate(
                                "Importers", "No ContactId: not an Amazon Connect contact record."),
                            r.raw);
                continue;
            }
            if (latest.value(contactId) != i) {
                sink.skip(r.line, QCoreApplication::translate(
                                      "Importers", "An older copy of contact %1 (the latest is on line %2).")
                                      .arg(contactId)
                                      .arg(split.records.at(latest.value(contactId)).line));
                continue;
            }
            const QString channel = calls::stringField(contact, "Channel").toUpper();
            QString customerChannel;
            if (channel.isEmpty() || channel == QLatin1String("VOICE")) {
                customerChannel = QStringLiteral("phone");
            } else if (channel == QLatin1String("CHAT")) {
                customerChannel = QStringLiteral("chat");
            } else {
                sink.skip(r.line,
                          QCoreApplication::translate(
                              "Importers", "Contact %1 is a %2 contact, not a conversation with a customer.")
                              .arg(contactId, channel));
                continue;
            }
            QString startText = calls::stringField(contact, "InitiationTimestamp");
            if (startText.isEmpty())
                startText = calls::stringField(contact, "ConnectedToSystemTimestamp");
            if (startText.isEmpty()) {
                sink.reject(r.line,
                            QCoreApplication::translate("Importers", "Contact %1 has no InitiationTimestamp.")
                                .arg(contactId),
                            r.raw);
                continue;
            }
            const auto startedAt = parse::dateTime(startText);
            if (!startedAt) {
                sink.reject(
                    r.line,
                    QCoreApplication::translate("Importers", "\"%1\" is not a date and time.").arg(startText),
                    r.raw);
                continue;
            }

            QString audioPath;
            const QStringList locations = recordingLocations(contact);
            for (const QString& location : locations) {
                audioPath = siblings.resolve(location);
                if (!audioPath.isEmpty())
                    break;
            }
            // Keys hold ':' ("..._20240304T09:15_UTC.wav"), which copies to
            // Windows or through some tools turn into '-': match by ContactId.
            for (int k = 0; audioPath.isEmpty() && !locations.isEmpty() && k < calls::audioSuffixes().size();
                 ++k) {
                const QStringList found =
                    siblings.byPrefix(contactId, QLatin1Char('.') + calls::audioSuffixes().at(k));
                if (!found.isEmpty())
                    audioPath = found.first();
            }
            CallRecord call;
            if (!audioPath.isEmpty()) {
                if (const QString bad = calls::attachAudio(call, audioPath); !bad.isEmpty()) {
                    sink.reject(r.line, bad, r.raw);
                    continue;
                }
            } else {
                const QString endText = calls::stringField(contact, "DisconnectTimestamp");
                const auto endedAt = parse::dateTime(endText);
                if (!endedAt) {
                    sink.reject(
                        r.line,
                        endText.isEmpty()
                            ? QCoreApplication::translate(
                                  "Importers",
                                  "Contact %1 has no DisconnectTimestamp and no recording next to this "
                                  "file: its length is unknown.")
                                  .arg(contactId)
                            : QCoreApplication::translate("Importers", "\"%1\" is not a date and time.")
                                  .arg(endText),
                        r.raw);
                    continue;
                }
                if (*endedAt < *startedAt) {
                    sink.reject(r.line,
                                QCoreApplication::translate("Importers",
                                                            "DisconnectTimestamp %1 is before the start %2.")
                                    .arg(endText, startText),
                                r.raw);
                    continue;
                }
                call.call.durationSeconds = startedAt->msecsTo(*endedAt) / 1000.0;
                if (!locations.isEmpty())
                    ++audioMissing;
            }

            // Contact Lens output (redacted first: the room is shown on a shared screen).
            QStringList candidates = siblings.byPrefix(contactId, QStringLiteral(".json"));
            std::stable_sort(candidates.begin(), candidates.end(), [](const QString& a, const QString& b) {
                return a.contains(QLatin1String("redacted"), Qt::CaseInsensitive) &&
                       !b.contains(QLatin1String("redacted"), Qt::CaseInsensitive);
            });
            QString transcriptError;
            for (const QString& candidate : candidates) {
                auto segments = calls::readTranscriptFile(candidate, call.call.durationSeconds, *startedAt);
                if (segments) {
                    call.call.transcript = *segments;
                    transcriptError.clear();
                    ++transcripts;
                    break;
                }
                transcriptError = QFileInfo(candidate).fileName();
            }
            if (!transcriptError.isEmpty())
                unreadableTranscripts << transcriptError;

            const QString queue = calls::stringField(calls::field(contact, "Queue").toObject(), "Name");
            call.call.title =
                queue.isEmpty()
                    ? QCoreApplication::translate("Importers", "Contact %1").arg(contactId.left(8))
                    : QCoreApplication::translate("Importers", "%1, contact %2")
                          .arg(queue, contactId.left(8));
            call.call.startedAt = *startedAt;
            call.call.agent = calls::stringField(calls::field(contact, "Agent").toObject(), "Username");
            call.call.customerChannel = customerChannel;
            if (!call.audio.isEmpty())
                ++withAudio;
            (customerChannel == QLatin1String("chat") ? chat : voice) += 1;

            ImportRecord record;
            record.line = r.line;
            record.externalId = contactId;
            record.value = std::move(call);
            sink.accept(std::move(record));
        }
        sink.progress(total, total);

        QString note =
            QCoreApplication::translate(
                "Importers",
                "Amazon Connect contact records (voice: %1; chat: %2; records read: %3; with audio: %4; "
                "with a transcript: %5).")
                .arg(voice)
                .arg(chat)
                .arg(split.records.size())
                .arg(withAudio)
                .arg(transcripts);
        if (audioMissing > 0)
            note +=
                QLatin1Char(' ') +
                QCoreApplication::translate(
                    "Importers", "Recordings named in the records but not found next to this file: %1; "
                                 "those calls were imported without audio, with DisconnectTimestamp - start "
                                 "as length.")
                    .arg(audioMissing);
        if (!unreadableTranscripts.isEmpty())
            note += QLatin1Char(' ') +
                    QCoreApplication::translate("Importers", "Transcript files not understood: %1.")
                        .arg(unreadableTranscripts.join(QStringLiteral(", ")));
        sink.note(note);
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeConnectContactRecords()
{
    return std::make_unique<ConnectContactRecords>();
}

} // namespace cr::formats
