#pragma once
// SurveyMonkey survey details (GET /v3/surveys/{id}/details): the questions
// and choices that the responses name only by id, and how a question's
// choices make a score scale. SurveyMonkeyJson.cpp reads the responses.

#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace cr::formats::surveymonkey {

// Ids are strings in v3; numbers in some saved files.
QString textOf(const QJsonValue& v);

struct Choice
{
    QString id;
    QString text;
    std::optional<int> weight;
    int position = 0;
    bool isNa = false;
};

struct Question
{
    QString id;
    QString family;
    QString subtype;
    QString heading;
    QString displayType;
    QVector<Choice> choices;
    int rows = 0;
};

struct Details
{
    QString surveyId;
    QString title;
    QVector<Question> questions; // in survey order

    int indexOf(const QString& id) const;
    const Question* question(const QString& id) const;
};

// A JSON document, or an error with the line where parsing stopped.
Result<QJsonDocument> parseJson(const QByteArray& text, const QString& path);

Result<Details> loadDetails(const QString& path, const QByteArray& encoding);

// Maps each choice of `q` to a score on the metric's scale: by the number
// in its text ("0 - Not at all likely", "7", "Very satisfied"), else by its
// weight, else (when allowed) by its position if there are exactly as many
// choices as scale points. Empty when the choices do not make that scale;
// `how` says which rule matched.
QHash<QString, int> scaleMap(const Question& q, SurveyMetric metric, bool allowPositions, QString* how);

// An NPS question: an "nps" type, a one-row 0-10 scale by text or weight, or
// an 11-choice scale asking for a recommendation. SurveyMonkey documents no
// NPS family (docs/research/formats-in-the-wild.md): its NPS is a matrix/rating.
bool looksLikeNps(const Question& q);

} // namespace cr::formats::surveymonkey
