// SurveyMonkey API v3 responses, as saved from
// GET /v3/surveys/{id}/responses/bulk: one page ({"data": [...], "page": 1,
// ...}), a JSON array of such pages, one page per line (NDJSON, what a
// paginating script appends), or a single response
// (GET .../responses/{id}/details). Answers carry only choice ids: the
// wording, weights and question types are in the survey details
// (GET /v3/surveys/{id}/details), given with --details FILE.
#include "import/Parsing.h"
#include "import/TextInput.h"
#include "import/formats/Formats.h"
#include "import/formats/SurveysCommon.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cr::formats {

namespace {

using namespace surveys;

QString textOf(const QJsonValue& v)
{
    // Ids are strings in v3; numbers in some saved files.
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

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
    int indexOf(const QString& id) const
    {
        for (int i = 0; i < questions.size(); ++i)
            if (questions.at(i).id == id)
                return i;
        return -1;
    }
};

int lineOfOffset(const QByteArray& text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

Result<QJsonDocument> parseJson(const QByteArray& text, const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(text, error.offset);
        return Error(tr("Not valid JSON (%1 at line %2): the file may be cut short or not be JSON.")
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
        return Error(tr("This is a responses file, not the survey details: --details takes the reply of "
                        "GET /v3/surveys/{id}/details."),
                     path);
    const QJsonArray pages = root.value(QLatin1String("pages")).toArray();
    if (!doc->isObject() || pages.isEmpty())
        return Error(tr("Not SurveyMonkey survey details: expected the reply of GET /v3/surveys/{id}/details "
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
            question.displayType =
                q.value(QLatin1String("display_options")).toObject().value(QLatin1String("display_type")).toString();
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

// Maps each choice of `q` to a score on the metric's scale: by the number
// in its text ("0 - Not at all likely", "7"), else by its weight, else (when
// allowed) by its position if there are exactly as many choices as scale
// points. Empty when the choices do not make that scale.
QHash<QString, int> scaleMap(const Question& q, SurveyMetric metric, bool allowPositions, QString* how)
{
    const auto [low, high] = scaleOf(metric);
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
        byText.append(scoreFromText(c.text, metric));
        byWeight.append(c.weight);
    }
    if (exact(byText)) {
        *how = tr("choice texts");
        return build(byText);
    }
    if (exact(byWeight)) {
        *how = tr("choice weights");
        return build(byWeight);
    }
    if (!allowPositions)
        return {};
    std::stable_sort(real.begin(), real.end(), [](const Choice& a, const Choice& b) { return a.position < b.position; });
    QVector<std::optional<int>> byPosition;
    for (int i = 0; i < real.size(); ++i)
        byPosition.append(low + i);
    *how = tr("choice order");
    return build(byPosition);
}

bool isChoiceQuestion(const Question& q)
{
    return q.family == QLatin1String("single_choice") || q.family == QLatin1String("matrix");
}

// An NPS question by its type, or a one-row 0-10 scale asking for a recommendation.
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

struct Target
{
    SurveyMetric metric;
    const Question* question;
    QHash<QString, int> scores; // choice id -> score
    QSet<QString> naChoices;
};

// All answers to one question in a response.
QJsonArray answersTo(const QJsonObject& response, const QString& questionId)
{
    for (const QJsonValue& page : response.value(QLatin1String("pages")).toArray())
        for (const QJsonValue& q : page.toObject().value(QLatin1String("questions")).toArray())
            if (textOf(q.toObject().value(QLatin1String("id"))) == questionId)
                return q.toObject().value(QLatin1String("answers")).toArray();
    return {};
}

QString answerText(const QJsonArray& answers, const Question* question)
{
    QStringList parts;
    for (const QJsonValue& a : answers) {
        const QJsonObject o = a.toObject();
        QString t = o.value(QLatin1String("text")).toString().trimmed();
        if (t.isEmpty() && question) {
            const QString choice = textOf(o.value(QLatin1String("choice_id")));
            for (const Choice& c : question->choices)
                if (c.id == choice)
                    t = c.text.trimmed();
        }
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char('\n'));
}

class SurveyMonkeyJson final : public Importer
{
public:
    QString id() const override { return QStringLiteral("surveymonkey"); }
    QString displayName() const override { return tr("SurveyMonkey API JSON"); }
    ImportKind kind() const override { return ImportKind::Surveys; }
    QStringList suffixes() const override { return {QStringLiteral("json"), QStringLiteral("ndjson")}; }

    Sniff sniff(const FileSample& sample) const override
    {
        if (!sample.isText)
            return {};
        const QString head = sample.text.left(64 * 1024);
        const QString start = head.trimmed().left(1);
        if (start != QLatin1String("{") && start != QLatin1String("["))
            return {};
        const bool status = head.contains(QLatin1String("\"response_status\""));
        const bool pages = head.contains(QLatin1String("\"pages\""));
        if (status && pages && head.contains(QLatin1String("\"data\"")))
            return {95, tr("JSON with \"data\" responses holding \"pages\" and \"response_status\"")};
        if (status && pages)
            return {80, tr("JSON responses with \"pages\" and \"response_status\"")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override;
};

// The responses in a saved file, in file order; `pageNumbers` tells where
// each came from for the note.
Result<QVector<QJsonObject>> responsesIn(const QByteArray& text, const QString& path, int* pagesRead)
{
    QVector<QJsonObject> out;
    *pagesRead = 0;
    auto take = [&](const QJsonObject& o, int line) -> std::optional<Error> {
        if (o.value(QLatin1String("data")).isArray()) {
            ++*pagesRead;
            for (const QJsonValue& r : o.value(QLatin1String("data")).toArray())
                out.append(r.toObject());
            return std::nullopt;
        }
        if (o.contains(QLatin1String("response_status"))) {
            out.append(o);
            return std::nullopt;
        }
        if (o.value(QLatin1String("pages")).toArray().size() > 0 && !o.contains(QLatin1String("response_status")))
            return Error(tr("This is the survey details, not responses: import the responses file (GET "
                            "/v3/surveys/{id}/responses/bulk) and give this one with --details."),
                         path, line);
        return Error(tr("Not a SurveyMonkey responses reply: expected {\"data\": [...]} from GET "
                        "/v3/surveys/{id}/responses/bulk."),
                     path, line);
    };

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            if (auto e = take(doc.object(), 0))
                return *e;
        } else {
            for (const QJsonValue& v : doc.array())
                if (auto e = take(v.toObject(), 0))
                    return *e;
        }
        return out;
    }
    // One page per line (NDJSON) when the first line is a whole JSON object.
    const QList<QByteArray> lines = text.split('\n');
    QJsonParseError firstError;
    const bool ndjson = lines.size() > 1 &&
                        QJsonDocument::fromJson(lines.first(), &firstError).isObject() &&
                        firstError.error == QJsonParseError::NoError;
    if (!ndjson)
        return parseJson(text, path).error();
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument one = QJsonDocument::fromJson(lines.at(i), &lineError);
        if (lineError.error != QJsonParseError::NoError || !one.isObject())
            return Error(tr("Line %1 is not a JSON object (%2): one page of responses per line expected; the "
                            "file may be cut short.")
                             .arg(i + 1)
                             .arg(lineError.errorString()),
                         path, i + 1);
        if (auto e = take(one.object(), i + 1))
            return *e;
    }
    return out;
}

Status SurveyMonkeyJson::read(const QString& path, const ImportOptions& options, ImportSink& sink) const
{
    auto text = TextInput::readAllUtf8(path, options.encoding);
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return Error(tr("The file is empty: expected the JSON reply of GET /v3/surveys/{id}/responses/bulk."),
                     path);
    int pagesRead = 0;
    auto responses = responsesIn(*text, path, &pagesRead);
    if (!responses)
        return responses.error();

    QString surveyId;
    for (const QJsonObject& r : *responses)
        if (surveyId.isEmpty())
            surveyId = textOf(r.value(QLatin1String("survey_id")));
    if (options.details.isEmpty())
        return Error(tr("SurveyMonkey responses hold only question and choice ids; their wording and scores "
                        "are in the survey details. Save the reply of GET /v3/surveys/%1/details and pass it "
                        "with --details FILE.")
                         .arg(surveyId.isEmpty() ? QStringLiteral("{id}") : surveyId),
                     path);
    QString detailsPath = options.details;
    if (QFileInfo(detailsPath).isRelative() && !QFileInfo::exists(detailsPath))
        detailsPath = QFileInfo(path).dir().filePath(options.details);
    auto details = loadDetails(detailsPath, options.encoding);
    if (!details)
        return details.error();
    if (!surveyId.isEmpty() && !details->surveyId.isEmpty() && surveyId != details->surveyId)
        return Error(tr("The details are for survey %1 but these responses are for survey %2: pass the details "
                        "of survey %2.")
                         .arg(details->surveyId, surveyId),
                     path);

    // --map takes question ids (csat, ces, comment, stage) or custom variables (stage, respondent).
    const QStringList knownFields = {QStringLiteral("stage"), QStringLiteral("comment"), QStringLiteral("csat"),
                                     QStringLiteral("ces"), QStringLiteral("nps"), QStringLiteral("respondent")};
    for (auto it = options.map.begin(); it != options.map.end(); ++it)
        if (!knownFields.contains(it.key()))
            return Error(tr("--map %1=...: the SurveyMonkey importer takes --map for %2.")
                             .arg(it.key(), knownFields.join(QStringLiteral(", "))),
                         path);
    auto question = [&](const QString& id) -> const Question* {
        const int at = details->indexOf(id);
        return at < 0 ? nullptr : &details->questions.at(at);
    };

    QVector<Target> targets;
    QString npsHow;
    QString npsChoice;
    QStringList otherNps;
    const QString chosen = !options.question.isEmpty() ? options.question : options.map.value(QStringLiteral("nps"));
    const Question* nps = nullptr;
    if (!chosen.isEmpty()) {
        nps = question(chosen);
        if (!nps)
            return Error(tr("Question %1 (--question) is not in the survey details. Questions there: %2.")
                             .arg(chosen)
                             .arg([&] {
                                 QStringList ids;
                                 for (const Question& q : details->questions)
                                     ids << QStringLiteral("%1 (\u201c%2\u201d)").arg(q.id, shorten(q.heading, 30));
                                 return ids.join(QStringLiteral(", "));
                             }()),
                         path);
        npsHow = tr("chosen with --question");
    } else {
        for (const Question& q : details->questions) {
            if (!looksLikeNps(q))
                continue;
            if (!nps)
                nps = &q;
            else
                otherNps << q.id;
        }
        npsHow = tr("found by its 0-10 choices");
    }
    auto addTarget = [&](SurveyMetric metric, const Question* q, const QString& option) -> std::optional<Error> {
        QString how;
        Target t{metric, q, scaleMap(*q, metric, true, &how), {}};
        if (t.scores.isEmpty()) {
            const auto [low, high] = scaleOf(metric);
            return Error(tr("Question %1 (%2, %3) has %4 choices that do not make the %5 scale %6-%7: choose "
                            "another question with %8.")
                             .arg(q->id, shorten(q->heading, 40), q->family)
                             .arg(q->choices.size())
                             .arg(metricLabel(metric))
                             .arg(low)
                             .arg(high)
                             .arg(option),
                         path);
        }
        for (const Choice& c : q->choices)
            if (c.isNa)
                t.naChoices.insert(c.id);
        if (metric == SurveyMetric::Nps)
            npsChoice = how;
        targets.append(t);
        return std::nullopt;
    };
    if (nps)
        if (auto e = addTarget(SurveyMetric::Nps, nps, QStringLiteral("--question")))
            return *e;
    for (auto [field, metric] : {std::pair{"csat", SurveyMetric::Csat}, std::pair{"ces", SurveyMetric::Ces}}) {
        const QString key = QString::fromLatin1(field);
        if (!options.map.contains(key))
            continue;
        const Question* q = question(options.map.value(key));
        if (!q)
            return Error(tr("Question %1 (--map %2) is not in the survey details.").arg(options.map.value(key), key),
                         path);
        if (auto e = addTarget(metric, q, QStringLiteral("--map %1").arg(key)))
            return *e;
    }
    if (targets.isEmpty()) {
        QStringList kinds;
        QMap<QString, int> families;
        for (const Question& q : details->questions)
            ++families[q.family + QLatin1Char('/') + q.subtype];
        for (auto it = families.begin(); it != families.end(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        return Error(tr("No NPS question found in the survey details of \"%1\" (%2 questions: %3): none has 11 "
                        "choices scored 0-10. Pass --question QUESTION_ID to name the 0-10 question.")
                         .arg(details->title)
                         .arg(details->questions.size())
                         .arg(kinds.join(QStringLiteral(", "))),
                     path);
    }

    // Comment: --map comment=QUESTION_ID, else the first open-ended question after the NPS one.
    const Question* commentQuestion = nullptr;
    if (options.map.contains(QStringLiteral("comment"))) {
        commentQuestion = question(options.map.value(QStringLiteral("comment")));
        if (!commentQuestion)
            return Error(tr("Question %1 (--map comment) is not in the survey details.")
                             .arg(options.map.value(QStringLiteral("comment"))),
                         path);
    } else if (nps) {
        for (int i = details->indexOf(nps->id) + 1; i < details->questions.size(); ++i) {
            if (details->questions.at(i).family == QLatin1String("open_ended")) {
                commentQuestion = &details->questions.at(i);
                break;
            }
        }
    }
    // Stage and respondent: a custom variable, or (stage) a question's answer.
    const QString stageName = options.map.value(QStringLiteral("stage"), QStringLiteral("stage"));
    const Question* stageQuestion = question(stageName);
    const QString respondentName = options.map.value(QStringLiteral("respondent"));

    DuplicateIds seenIds;
    QMap<QString, int> leftOut; // status -> count
    int unanswered = 0;
    int number = 0;
    for (const QJsonObject& r : *responses) {
        if (sink.isCancelled())
            return Error(tr("Cancelled."), path);
        if (!sink.wantsMore())
            break;
        const int line = ++number; // record number in the file: JSON has no useful lines
        if (number % 200 == 0)
            sink.progress(qint64(text->size()) * number / responses->size(), text->size());
        const QString raw = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(2000);
        const QString responseId = textOf(r.value(QLatin1String("id")));
        if (responseId.isEmpty()) {
            sink.reject(line, tr("Response %1 in the file has no \"id\".").arg(number), raw);
            continue;
        }
        const QString status = r.value(QLatin1String("response_status")).toString();
        if (status != QLatin1String("completed")) {
            ++leftOut[status];
            sink.skip(line, tr("Response %1 is %2: only completed responses count.")
                                .arg(responseId, status.isEmpty() ? tr("without a status") : status));
            continue;
        }
        if (const int first = seenIds.firstLine(responseId, line)) {
            sink.reject(line,
                        tr("Response %1 appears twice in this file (first as response %2).").arg(responseId).arg(first),
                        raw);
            continue;
        }
        QDateTime respondedAt;
        bool dateError = false;
        for (const char* field : {"date_created", "date_modified"}) {
            const QString value = r.value(QLatin1String(field)).toString();
            if (value.isEmpty())
                continue;
            if (const auto when = parse::dateTime(value)) {
                respondedAt = *when;
            } else {
                sink.reject(line, tr("%1 \"%2\" of response %3 is not a date.")
                                      .arg(QLatin1String(field), value, responseId),
                            raw);
                dateError = true;
            }
            break;
        }
        if (dateError)
            continue;
        if (!respondedAt.isValid()) {
            sink.reject(line, tr("Response %1 has no date_created.").arg(responseId), raw);
            continue;
        }
        const QJsonObject customVariables = r.value(QLatin1String("custom_variables")).toObject();
        QString stage = customVariables.value(stageName).toString().trimmed();
        if (stage.isEmpty() && stageQuestion)
            stage = answerText(answersTo(r, stageQuestion->id), stageQuestion);
        // Personal data stays out: the respondent is a reference, never the e-mail or name.
        QString respondent = respondentName.isEmpty() ? QString()
                                                      : customVariables.value(respondentName).toString().trimmed();
        if (respondent.isEmpty())
            respondent = r.value(QLatin1String("custom_value")).toString().trimmed();
        const QString recipient = textOf(r.value(QLatin1String("recipient_id")));
        if (respondent.isEmpty() && !recipient.isEmpty() && recipient != QLatin1String("0"))
            respondent = recipient;
        if (respondent.isEmpty())
            respondent = responseId;
        QString comment = commentQuestion ? answerText(answersTo(r, commentQuestion->id), commentQuestion) : QString();

        bool commentGiven = false;
        for (const Target& t : targets) {
            const QJsonArray answers = answersTo(r, t.question->id);
            QString choiceId;
            QString extra; // the question's own comment box
            for (const QJsonValue& a : answers) {
                const QJsonObject o = a.toObject();
                if (choiceId.isEmpty())
                    choiceId = textOf(o.value(QLatin1String("choice_id")));
                if (o.contains(QLatin1String("other_id")) || !o.contains(QLatin1String("choice_id")))
                    extra = o.value(QLatin1String("text")).toString().trimmed();
            }
            const QString where = tr("question %1").arg(t.question->id);
            if (choiceId.isEmpty()) {
                if (t.metric == SurveyMetric::Nps)
                    ++unanswered;
                sink.skip(line, tr("Response %1 has no answer to %2 (%3): left out.")
                                    .arg(responseId, where, metricLabel(t.metric)));
                continue;
            }
            if (t.naChoices.contains(choiceId)) {
                sink.skip(line, tr("Response %1 answered N/A to %2: left out.").arg(responseId, where));
                continue;
            }
            const auto score = t.scores.constFind(choiceId);
            if (score == t.scores.constEnd()) {
                sink.reject(line,
                            tr("Choice %1 of %2 is not in the survey details: were they saved before the "
                               "question was edited? Fetch the details again.")
                                .arg(choiceId, where),
                            raw);
                continue;
            }
            SurveyResponse response;
            response.metric = t.metric;
            response.score = score.value();
            response.respondedAt = respondedAt;
            response.respondentRef = respondent;
            if (!commentGiven && (t.metric == SurveyMetric::Nps || !nps)) {
                response.comment = !comment.isEmpty() ? comment : extra;
                commentGiven = nps != nullptr;
            }
            ImportRecord record;
            record.line = line;
            record.externalId = responseId; // the session keys each answer by id and metric
            record.stage = stage;
            record.value = response;
            sink.accept(std::move(record));
        }
    }
    sink.progress(text->size(), text->size());

    QStringList found{pagesRead > 1 ? tr("SurveyMonkey responses, %1 pages").arg(pagesRead)
                                    : tr("SurveyMonkey responses")};
    if (nps)
        found << tr("NPS from question %1 (\u201c%2\u201d, %3; scores by %4)")
                     .arg(nps->id, shorten(nps->heading, 50), npsHow, npsChoice);
    if (!otherNps.isEmpty())
        found << tr("other NPS questions not imported: %1 (choose with --question)").arg(otherNps.join(QStringLiteral(", ")));
    for (const Target& t : targets)
        if (t.metric != SurveyMetric::Nps)
            found << tr("%1 from question %2").arg(metricLabel(t.metric), t.question->id);
    found << (commentQuestion ? tr("comment from question %1").arg(commentQuestion->id)
                              : tr("no comment question (name one with --map comment=QUESTION_ID)"));
    for (auto it = leftOut.begin(); it != leftOut.end(); ++it)
        found << tr("%1 %2 responses left out").arg(it.value()).arg(it.key().isEmpty() ? tr("status-less") : it.key());
    if (unanswered > 0)
        found << tr("%1 completed responses without an NPS answer left out").arg(unanswered);
    sink.note(found.join(QStringLiteral("; ")) + QLatin1Char('.'));
    return success();
}

} // namespace

std::unique_ptr<Importer> makeSurveyMonkeyJson()
{
    return std::make_unique<SurveyMonkeyJson>();
}

} // namespace cr::formats
