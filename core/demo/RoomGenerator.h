#pragma once
// Builds a large, believable room for scale tests and benchmarks
// (customer-room-cli generate): Kestrel Fibre's journey grown to N stages,
// three years of monthly KPI values, survey answers whose scores drift per
// stage, complaints from every channel, recorded calls with transcripts
// (a handful of distinct recordings, stored once each), artifacts, fixes
// in every status and a few reviews.
//
// Deterministic: the same options give the same room content. Fast: rows
// go in through BulkWriter's prepared statements in one transaction.

#include "Result.h"
#include "jobs/Job.h"
#include "store/RoomStore.h"

namespace cr {

struct GenerateOptions
{
    int stages = 20;
    qint64 responses = 1000000;
    qint64 complaints = 500000;
    int calls = 2000;
    quint32 seed = 1;
    QDate until; // any day of the last month with data; invalid = the month before today
    QString mediaRoot = QStringLiteral(":/demo"); // the demo's manifest.json, calls and artifacts
    // The room file is not seen by anyone until it is complete (it is built
    // under a temporary name and renamed): skip durability while building.
    bool privateFile = false;
};

// What was made, for the summary the CLI prints.
struct GeneratedRoom
{
    QString name;
    QDate firstMonth;
    QDate lastMonth;
    int departments = 0;
    int stages = 0;
    int moments = 0;
    int kpis = 0;
    int kpiValues = 0;
    qint64 npsResponses = 0;
    qint64 csatResponses = 0;
    qint64 cesResponses = 0;
    qint64 comments = 0;
    qint64 complaints = 0;
    int calls = 0;
    int recordings = 0; // distinct audio files behind the calls
    int clips = 0;
    int artifacts = 0;
    int fixes[4] = {0, 0, 0, 0}; // by FixStatus: proposed, in progress, done, verified
    int reviews = 0;
    qint64 responses() const { return npsResponses + csatResponses + cesResponses; }
};

// Largest sizes the generator accepts (a room beyond them is not a benchmark
// of anything a company has).
constexpr int kMaxGeneratedStages = 200;
constexpr qint64 kMaxGeneratedRows = 100000000;

// Fills an empty room. `progress` hears each step and may cancel: a
// cancelled or failed generation returns an error and leaves the room as
// it was (the transaction rolls back).
Result<GeneratedRoom> generateRoom(RoomStore& store, const GenerateOptions& options,
                                   JobControl::Span progress = {nullptr, 0, 1});

} // namespace cr
