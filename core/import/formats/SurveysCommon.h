#pragma once
// What the survey importers (Qualtrics, SurveyMonkey, generic CSV) share:
// the scales, reading a score as exports write it, and the messages for a
// score or a row that does not fit.

#include "Domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace cr::formats::surveys {

// NPS 0-10, CSAT 1-5, CES 1-7 (Domain's surveyScale).
std::pair<int, int> scaleOf(SurveyMetric metric);
bool inScale(SurveyMetric metric, int score);
QString metricLabel(SurveyMetric metric); // "NPS", "CSAT", "CES"

// A score as a survey export writes it: "7", "7.0", a choice label with its
// number first ("10 - Extremely likely") or last ("Not at all likely - 0"),
// for NPS the two standard anchor labels ("Extremely likely" = 10, "Not at
// all likely" = 0), for CSAT the five standard labels ("Very dissatisfied" =
// 1 ... "Very satisfied" = 5). Anything else is nullopt: never a guess.
std::optional<int> scoreFromText(const QString& text, SurveyMetric metric);

// "Score 11 in Q1 is outside the NPS scale 0-10."
QString outOfScaleReason(SurveyMetric metric, int score, const QString& where);
// "\"maybe\" in Q1 is not a score on the NPS scale 0-10."
QString notAScoreReason(SurveyMetric metric, const QString& text, const QString& where);

// A row with more or fewer fields than the header (a row cut short, an
// unquoted delimiter): the reject reason; empty when the widths match.
QString widthMismatch(qsizetype fields, qsizetype headerFields);

// Remembers ids already seen in one file: a second row with the same
// response id would overwrite the first in the room, so it is rejected.
class DuplicateIds
{
public:
    // 0 when new; else the line where the id was first seen.
    int firstLine(const QString& id, int line);

    static constexpr int kMaxRememberedIds = 50000;

private:
    QHash<QString, int> m_seen;
};

// Shortens a question's wording for messages ("How likely are you to rec…").
QString shorten(const QString& text, int max = 60);

} // namespace cr::formats::surveys
