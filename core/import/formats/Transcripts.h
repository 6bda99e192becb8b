#pragma once
// Call transcripts as telephony and speech tools write them: WebVTT, SRT,
// plain text with speakers, and the JSON of Contact Lens, Connect chat,
// Amazon Transcribe, Whisper and Twilio. Used by every call importer.

#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace cr::formats::calls {

// Transcripts. Speakers come from WebVTT voice tags or a leading "Agent: ".
QVector<TranscriptSegment> parseWebVtt(const QString& text);
QVector<TranscriptSegment> parseSrt(const QString& text);
// Plain text: one segment per "Speaker: ..." line when lines carry
// speakers (untimed: start = end = 0), else one segment over `duration`.
QVector<TranscriptSegment> parsePlainTranscript(const QString& text, double duration);
// Amazon Connect Contact Lens (Transcript[]), Connect chat transcripts,
// Amazon Transcribe (results), Whisper-style segments[]. `callStart` turns
// absolute message times into offsets. Error: not a transcript we know.
Result<QVector<TranscriptSegment>> parseTranscriptJson(const QByteArray& json,
                                                       const QDateTime& callStart = {});
// A transcript file by its suffix: .vtt, .srt, .json, .txt.
Result<QVector<TranscriptSegment>> readTranscriptFile(const QString& path, double duration,
                                                      const QDateTime& callStart = {});

// "01:02:03.500", "02:03,5" -> seconds (cue and clock times).
std::optional<double> cueTime(const QString& text);

} // namespace cr::formats::calls
