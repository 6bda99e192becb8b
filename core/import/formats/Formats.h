#pragma once
// Factories of the importers, one per file in this folder. The registry
// (ImporterRegistry.cpp) is the only caller.

#include "import/Importer.h"

#include <memory>

namespace cr::formats {

// Surveys
std::unique_ptr<Importer> makeQualtricsCsv();
std::unique_ptr<Importer> makeSurveyMonkeyJson();
std::unique_ptr<Importer> makeGenericSurveysCsv();
// Complaints
std::unique_ptr<Importer> makeCfpbCsv();
std::unique_ptr<Importer> makeCfpbJson();
std::unique_ptr<Importer> makeHelpDeskTicketsCsv();
std::unique_ptr<Importer> makeZendeskTicketsJson();
std::unique_ptr<Importer> makeGenericComplaintsCsv();
// KPIs
std::unique_ptr<Importer> makeKpiLongCsv();
std::unique_ptr<Importer> makeKpiWideCsv();
// Calls
std::unique_ptr<Importer> makeAudioFiles();
std::unique_ptr<Importer> makeTwilioRecordings();
std::unique_ptr<Importer> makeConnectContactRecords();
std::unique_ptr<Importer> makeGenericCallManifest();
// Artifacts
std::unique_ptr<Importer> makeImageArtifacts();
std::unique_ptr<Importer> makePdfArtifacts();
std::unique_ptr<Importer> makeEmailArtifacts();
std::unique_ptr<Importer> makeHtmlArtifacts();

} // namespace cr::formats
