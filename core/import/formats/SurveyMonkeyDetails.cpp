#include "import/formats/SurveyMonkeyDetails.h"

#include "import/TextInput.h"
#include "import/formats/SurveysCommon.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cr::formats::surveymonkey {


QString textOf(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

int Details::indexOf(const QString& id) const
{
    for (int i = 0; i < questions.size(); ++i)
        if (questions.at(i).id == id)
            return i;
    return -1;
}

const Question* Details::question(const QString& id) const
{
    const int at = indexOf(id);
    return at < 0 ? nullptr : &questions.at(at);
}

namespace {

int lineOfOffset(const QByteArray& text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

bool isChoiceQuestion(const Question& q)
{
    return q.family == QLatin1String("single_choice") || q.family == QLatin1String("matrix");
}

} // namespace

Result<QJsonDocument> parseJson(const QByteArray& text, const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(text, error.offset);
        return Error(
            QCoreApplication::translate(
                "Importers", "Not valid JSON (%1 at line %2): the file may be cut short or not be JSON.")
                .arg(error.errorString())
                .arg(line),
            path, line);
    }
    return doc;
}

Result<Details> loadDetails(const QString& path, const QByteArray& encoding)
{
    auto text = TextInput::readAllUtf8(path, encoding);
    if (!text)
        return text.error();
    auto doc = parseJson(*text, path);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc->object();
    if (root.contains(QLatin1String("data")) || root.contains(QLatin1String("response_status")))
        return Error(QCoreApplication::translate(
                         "Importers",
                         "This is a responses file, not the survey details: --details takes the reply of "
                         "GET /v3/surveys/{id}/details."),
                     path);
    const QJsonArray pages = root.value(QLatin1String("pages")).toArray();
    if (!doc->isObject() || pages.isEmpty())
        return Error(
            QCoreApplication::translate(
                "Importers",
                "Not SurveyMonkey survey details: expected the reply of GET /v3/surveys/{id}/details "
                "with \"pages\" and their \"questions\"."),
            path);
    Details details;
    details.surveyId = textOf(root.value(QLatin1String("id")));
    details.title = root.value(QLatin1String("title")).toString();
    for (const QJsonValue& page : pages) {
        for (const QJsonValue& qv : page.toObject().value(QLatin1String("questions")).toArray()) {
            const QJsonObject q = qv.toObject();
            Question question;
            question.id = textOf(q.value(QLatin1String("id")));
            question.family = q.value(QLatin1String("family")).toString();
            question.subtype = q.value(QLatin1String("subtype")).toString();
            const QJsonArray headings = q.value(QLatin1String("headings")).toArray();
            if (!headings.isEmpty())
                question.heading = headings.at(0).toObject().value(QLatin1String("heading")).toString();
            question.displayType = q.value(QLatin1String("display_options"))
                                       .toObject()
                                       .value(QLatin1String("display_type"))
                                       .toString();
            const QJsonObject answers = q.value(QLatin1String("answers")).toObject();
            question.rows = int(answers.value(QLatin1String("rows")).toArray().size());
            int order = 0;
            for (const QJsonValue& cv : answers.value(QLatin1String("choices")).toArray()) {
                const QJsonObject c = cv.toObject();
                Choice choice;
                choice.id = textOf(c.value(QLatin1String("id")));
                choice.text = c.value(QLatin1String("text")).toString();
                if (c.value(QLatin1String("weight")).isDouble())
                    choice.weight = c.value(QLatin1String("weight")).toInt();
                choice.position = c.value(QLatin1String("position")).toInt(++order);
                choice.isNa = c.value(QLatin1String("is_na")).toBool();
                question.choices.append(choice);
            }
            if (!question.id.isEmpty())
                details.questions.append(question);
        }
    }
    return details;
}

QHash<QString, int> scaleMap(const Question& q, SurveyMetric metric, bool allowPositions, QString* how)
{
    const auto [low, high] = surveys::scaleOf(metric);
    const int points = high - low + 1;
    QVector<Choice> real;
    for (const Choice& c : q.choices)
        if (!c.isNa)
            real.append(c);
    if (real.size() != points)
        return {};
    auto exact = [&](const QVector<std::optional<int>>& values) {
        QVector<int> seen;
        for (const auto& v : values) {
            if (!v || *v < low || *v > high || seen.contains(*v))
                return false;
            seen.append(*v);
        }
        return true;
    };
    auto build = [&](const QVector<std::optional<int>>& values) {
        QHash<QString, int> map;
        for (int i = 0; i < real.size(); ++i)
            map.insert(real.at(i).id, *values.at(i));
        return map;
    };
    QVector<std::optional<int>> byText, byWeight;
    for (const Choice& c : real) {
        byText.append(surveys::scoreFromText(c.text, metric));
        byWeight.append(c.weight);
    }
    if (exact(byText)) {
        *how = QCoreApplication::translate("Importers", "choice texts");
        return build(byText);
    }
    if (exact(byWeight)) {
        *how = QCoreApplication::translate("Importers", "choice weights");
        return build(byWeight);
    }
    if (!allowPositions)
        return {};
    std::stable_sort(real.begin(), real.end(),
                     [](const Choice& a, const Choice& b) { return a.position < b.position; });
    QVector<std::optional<int>> byPosition;
    for (int i = 0; i < real.size(); ++i)
        byPosition.append(low + i);
    *how = QCoreApplication::translate("Importers", "choice order");
    return build(byPosition);
}

bool looksLikeNps(const Question& q)
{
    if (q.subtype == QLatin1String("nps") || q.displayType == QLatin1String("nps"))
        return true;
    if (!isChoiceQuestion(q) || q.rows > 1)
        return false;
    QString how;
    if (!scaleMap(q, SurveyMetric::Nps, false, &how).isEmpty())
        return true;
    return q.heading.contains(QLatin1String("recommend"), Qt::CaseInsensitive) &&
           !scaleMap(q, SurveyMetric::Nps, true, &how).isEmpty();
}

} // namespace cr::formats::surveymonkey
