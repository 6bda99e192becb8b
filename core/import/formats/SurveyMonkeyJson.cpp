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
#include "import/formats/SurveyMonkeyDetails.h"
#include "import/formats/SurveysCommon.h"

#include <QCoreApplication>
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
using namespace surveymonkey;

struct Target
{
    SurveyMetric metric;
    const Question* question;
    QHash<QString, int> scores; // choice id -> score
    QSet<QString> naChoices;
    QString how; // which rule scored the choices
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

// The responses in a saved file, in file order; `pagesRead` counts the
// bulk pages they came in.
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
        if (o.value(QLatin1String("pages")).toArray().size() > 0 &&
            !o.contains(QLatin1String("response_status")))
            return Error(QCoreApplication::translate(
                             "Importers",
                             "This is the survey details, not responses: import the responses file (GET "
                             "/v3/surveys/{id}/responses/bulk) and give this one with --details."),
                         path, line);
        return Error(QCoreApplication::translate(
                         "Importers",
                         "Not a SurveyMonkey responses reply: expected {\"data\": [...]} from GET "
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
    const bool ndjson = lines.size() > 1 && QJsonDocument::fromJson(lines.first(), &firstError).isObject() &&
                        firstError.error == QJsonParseError::NoError;
    if (!ndjson)
        return parseJson(text, path).error();
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument one = QJsonDocument::fromJson(lines.at(i), &lineError);
        if (lineError.error != QJsonParseError::NoError || !one.isObject())
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "Line %1 is not a JSON object (%2): one page of responses per line expected; the "
                    "file may be cut short.")
                    .arg(i + 1)
                    .arg(lineError.errorString()),
                path, i + 1);
        if (auto e = take(one.object(), i + 1))
            return *e;
    }
    return out;
}

// What to read from each response, once the details and options are known.
struct Plan
{
    QVector<Target> targets; // NPS first, then CSAT, CES
    const Question* nps = nullptr;
    QString npsHow;
    QStringList otherNps;
    const Question* comment = nullptr;
    QString stageName; // a custom variable, or a question id
    const Question* stageQuestion = nullptr;
    QString respondentName; // a custom variable
};

QString questionList(const Details& details)
{
    QStringList ids;
    for (const Question& q : details.questions)
        ids << QStringLiteral("%1 (\u201c%2\u201d)").arg(q.id, shorten(q.heading, 30));
    return ids.join(QStringLiteral(", "));
}

Result<Plan> makePlan(const QString& path, const Details& details, const ImportOptions& options)
{
    // --map takes question ids (nps, csat, ces, comment, stage) or custom variables (stage, respondent).
    const QStringList knownFields = {QStringLiteral("stage"), QStringLiteral("comment"),
                                     QStringLiteral("csat"),  QStringLiteral("ces"),
                                     QStringLiteral("nps"),   QStringLiteral("respondent")};
    for (auto it = options.map.begin(); it != options.map.end(); ++it)
        if (!knownFields.contains(it.key()))
            return Error(QCoreApplication::translate(
                             "Importers", "--map %1=...: the SurveyMonkey importer takes --map for %2.")
                             .arg(it.key(), knownFields.join(QStringLiteral(", "))),
                         path);
    Plan plan;
    const QString chosen =
        !options.question.isEmpty() ? options.question : options.map.value(QStringLiteral("nps"));
    if (!chosen.isEmpty()) {
        plan.nps = details.question(chosen);
        if (!plan.nps)
            return Error(QCoreApplication::translate(
                             "Importers",
                             "Question %1 (--question) is not in the survey details. Questions there: %2.")
                             .arg(chosen, questionList(details)),
                         path);
        plan.npsHow = QCoreApplication::translate("Importers", "chosen with --question");
    } else {
        for (const Question& q : details.questions) {
            if (!looksLikeNps(q))
                continue;
            if (!plan.nps)
                plan.nps = &q;
            else
                plan.otherNps << q.id;
        }
        plan.npsHow = QCoreApplication::translate("Importers", "found by its 0-10 choices");
    }
    auto addTarget = [&](SurveyMetric metric, const Question* q,
                         const QString& option) -> std::optional<Error> {
        QString how;
        Target t{metric, q, scaleMap(*q, metric, true, &how), {}, how};
        if (t.scores.isEmpty()) {
            const auto [low, high] = scaleOf(metric);
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "Question %1 (%2, %3) has %4 choices that do not make the %5 scale %6-%7: choose "
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
        plan.targets.append(t);
        return std::nullopt;
    };
    if (plan.nps)
        if (auto e = addTarget(SurveyMetric::Nps, plan.nps, QStringLiteral("--question")))
            return *e;
    for (auto [field, metric] :
         {std::pair{"csat", SurveyMetric::Csat}, std::pair{"ces", SurveyMetric::Ces}}) {
        const QString key = QString::fromLatin1(field);
        if (!options.map.contains(key))
            continue;
        const Question* q = details.question(options.map.value(key));
        if (!q)
            return Error(
                QCoreApplication::translate(
                    "Importers", "Question %1 (--map %2) is not in the survey details. Questions there: %3.")
                    .arg(options.map.value(key), key, questionList(details)),
                path);
        if (auto e = addTarget(metric, q, QStringLiteral("--map %1").arg(key)))
            return *e;
    }
    if (plan.targets.isEmpty()) {
        QMap<QString, int> families;
        for (const Question& q : details.questions)
            ++families[q.family + QLatin1Char('/') + q.subtype];
        QStringList kinds;
        for (auto it = families.begin(); it != families.end(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        return Error(
            QCoreApplication::translate(
                "Importers",
                "No NPS question found in the survey details of \"%1\" (%2 questions: %3): none has 11 "
                "choices scored 0-10. Pass --question QUESTION_ID to name the 0-10 question.")
                .arg(details.title)
                .arg(details.questions.size())
                .arg(kinds.join(QStringLiteral(", "))),
            path);
    }

    // Comment: --map comment=QUESTION_ID, else the first open-ended question after the NPS one.
    if (options.map.contains(QStringLiteral("comment"))) {
        plan.comment = details.question(options.map.value(QStringLiteral("comment")));
        if (!plan.comment)
            return Error(QCoreApplication::translate(
                             "Importers", "Question %1 (--map comment) is not in the survey details.")
                             .arg(options.map.value(QStringLiteral("comment"))),
                         path);
    } else if (plan.nps) {
        for (int i = details.indexOf(plan.nps->id) + 1; i < details.questions.size() && !plan.comment; ++i)
            if (details.questions.at(i).family == QLatin1String("open_ended"))
                plan.comment = &details.questions.at(i);
    }
    plan.stageName = options.map.value(QStringLiteral("stage"), QStringLiteral("stage"));
    plan.stageQuestion = details.question(plan.stageName);
    plan.respondentName = options.map.value(QStringLiteral("respondent"));
    return plan;
}

struct Counts
{
    QMap<QString, int> leftOut; // response status (or "preview") -> count
    int unanswered = 0;
};

// One response: rejects, skips or up to one record per target.
void readResponse(const QJsonObject& r, int line, const Plan& plan, DuplicateIds& seenIds, Counts& counts,
                  ImportSink& sink)
{
    const QString raw = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(2000);
    const QString responseId = textOf(r.value(QLatin1String("id")));
    if (responseId.isEmpty()) {
        sink.reject(
            line,
            QCoreApplication::translate("Importers", "Response %1 in the file has no \"id\".").arg(line),
            raw);
        return;
    }
    const QString status = r.value(QLatin1String("response_status")).toString();
    if (status != QLatin1String("completed")) {
        ++counts.leftOut[status.isEmpty() ? QCoreApplication::translate("Importers", "status-less") : status];
        sink.skip(line, QCoreApplication::translate("Importers",
                                                    "Response %1 is %2: only completed responses count.")
                            .arg(responseId, status.isEmpty() ? QCoreApplication::translate(
                                                                    "Importers", "without a status")
                                                              : status));
        return;
    }
    // A preview is the survey's owner clicking through: not a customer.
    const QString mode = r.value(QLatin1String("collection_mode")).toString();
    if (mode == QLatin1String("preview") || mode == QLatin1String("survey_preview")) {
        ++counts.leftOut[QCoreApplication::translate("Importers", "preview")];
        sink.skip(line, QCoreApplication::translate(
                            "Importers", "Response %1 is a preview (collection_mode %2): left out.")
                            .arg(responseId, mode));
        return;
    }
    if (const int first = seenIds.firstLine(responseId, line)) {
        sink.reject(line,
                    QCoreApplication::translate(
                        "Importers", "Response %1 appears twice in this file (first as response %2).")
                        .arg(responseId)
                        .arg(first),
                    raw);
        return;
    }
    // date_created: when the respondent answered; date_modified moves with later edits.
    QDateTime respondedAt;
    for (const char* field : {"date_created", "date_modified"}) {
        const QString value = r.value(QLatin1String(field)).toString();
        if (value.isEmpty())
            continue;
        const auto when = parse::dateTime(value);
        if (!when) {
            sink.reject(line,
                        QCoreApplication::translate("Importers", "%1 \"%2\" of response %3 is not a date.")
                            .arg(QLatin1String(field), value, responseId),
                        raw);
            return;
        }
        respondedAt = *when;
        break;
    }
    if (!respondedAt.isValid()) {
        sink.reject(
            line,
            QCoreApplication::translate("Importers", "Response %1 has no date_created.").arg(responseId),
            raw);
        return;
    }
    const QJsonObject customVariables = r.value(QLatin1String("custom_variables")).toObject();
    QString stage = customVariables.value(plan.stageName).toString().trimmed();
    if (stage.isEmpty() && plan.stageQuestion)
        stage = answerText(answersTo(r, plan.stageQuestion->id), plan.stageQuestion);
    // Personal data stays out: the respondent is a reference, never the e-mail or name.
    QString respondent = plan.respondentName.isEmpty()
                             ? QString()
                             : customVariables.value(plan.respondentName).toString().trimmed();
    if (respondent.isEmpty())
        respondent = r.value(QLatin1String("custom_value")).toString().trimmed();
    const QString recipient = textOf(r.value(QLatin1String("recipient_id")));
    if (respondent.isEmpty() && !recipient.isEmpty() && recipient != QLatin1String("0"))
        respondent = recipient;
    if (respondent.isEmpty())
        respondent = responseId;
    const QString comment =
        plan.comment ? answerText(answersTo(r, plan.comment->id), plan.comment) : QString();

    bool commentGiven = false;
    for (const Target& t : plan.targets) {
        QString choiceId;
        QString ownComment; // the text box of the scored question itself
        for (const QJsonValue& a : answersTo(r, t.question->id)) {
            const QJsonObject o = a.toObject();
            if (choiceId.isEmpty())
                choiceId = textOf(o.value(QLatin1String("choice_id")));
            if (o.contains(QLatin1String("other_id")) || !o.contains(QLatin1String("choice_id")))
                ownComment = o.value(QLatin1String("text")).toString().trimmed();
        }
        const QString where = QCoreApplication::translate("Importers", "question %1").arg(t.question->id);
        if (choiceId.isEmpty()) {
            if (t.metric == SurveyMetric::Nps)
                ++counts.unanswered;
            sink.skip(line, QCoreApplication::translate("Importers",
                                                        "Response %1 has no answer to %2 (%3): left out.")
                                .arg(responseId, where, metricLabel(t.metric)));
            continue;
        }
        if (t.naChoices.contains(choiceId)) {
            sink.skip(line,
                      QCoreApplication::translate("Importers", "Response %1 answered N/A to %2: left out.")
                          .arg(responseId, where));
            continue;
        }
        const auto score = t.scores.constFind(choiceId);
        if (score == t.scores.constEnd()) {
            sink.reject(
                line,
                QCoreApplication::translate(
                    "Importers",
                    "Choice %1 of %2 is not in the survey details: were they saved before the question was "
                    "edited? Fetch the details again.")
                    .arg(choiceId, where),
                raw);
            continue;
        }
        SurveyResponse response;
        response.metric = t.metric;
        response.score = score.value();
        response.respondedAt = respondedAt;
        response.respondentRef = respondent;
        // The comment explains the NPS answer; without NPS it goes with each record.
        if (!commentGiven && (t.metric == SurveyMetric::Nps || !plan.nps)) {
            response.comment = !comment.isEmpty() ? comment : ownComment;
            commentGiven = plan.nps != nullptr;
        }
        ImportRecord record;
        record.line = line;
        record.externalId = responseId; // the session keys each answer by id and metric
        record.stage = stage;
        record.value = response;
        sink.accept(std::move(record));
    }
}

QString describeRead(int pagesRead, const Plan& plan, const Counts& counts)
{
    QStringList found{
        pagesRead > 1
            ? QCoreApplication::translate("Importers", "SurveyMonkey responses, %1 pages").arg(pagesRead)
            : QCoreApplication::translate("Importers", "SurveyMonkey responses")};
    for (const Target& t : plan.targets) {
        if (t.metric == SurveyMetric::Nps)
            found << QCoreApplication::translate("Importers",
                                                 "NPS from question %1 (\u201c%2\u201d, %3; scores by %4)")
                         .arg(t.question->id, shorten(t.question->heading, 50), plan.npsHow, t.how);
        else
            found << QCoreApplication::translate("Importers", "%1 from question %2 (scores by %3)")
                         .arg(metricLabel(t.metric), t.question->id, t.how);
    }
    if (!plan.otherNps.isEmpty())
        found << QCoreApplication::translate("Importers",
                                             "other NPS questions not imported: %1 (choose with --question)")
                     .arg(plan.otherNps.join(QStringLiteral(", ")));
    found << (plan.comment
                  ? QCoreApplication::translate("Importers", "comment from question %1").arg(plan.comment->id)
                  : QCoreApplication::translate(
                        "Importers", "no comment question (name one with --map comment=QUESTION_ID)"));
    for (auto it = counts.leftOut.begin(); it != counts.leftOut.end(); ++it)
        found << QCoreApplication::translate("Importers", "%1 %2 responses left out")
                     .arg(it.value())
                     .arg(it.key());
    if (counts.unanswered > 0)
        found << QCoreApplication::translate("Importers",
                                             "%1 completed responses without an NPS answer left out")
                     .arg(counts.unanswered);
    return found.join(QStringLiteral("; ")) + QLatin1Char('.');
}

class SurveyMonkeyJson final : public Importer
{
public:
    QString id() const override { return QStringLiteral("surveymonkey"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importers", "SurveyMonkey API JSON");
    }
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
            return {95, QCoreApplication::translate(
                            "Importers",
                            "JSON with \"data\" responses holding \"pages\" and \"response_status\"")};
        if (status && pages)
            return {80, QCoreApplication::translate("Importers",
                                                    "JSON responses with \"pages\" and \"response_status\"")};
        return {};
    }

    Status read(const QString& path, const ImportOptions& options, ImportSink& sink) const override
    {
        auto text = TextInput::readAllUtf8NonBlank(
            path, options.encoding,
            QCoreApplication::translate(
                "Importers",
                "The file is empty: expected the JSON reply of GET /v3/surveys/{id}/responses/bulk."));
        if (!text)
            return text.error();
        int pagesRead = 0;
        auto responses = responsesIn(*text, path, &pagesRead);
        if (!responses)
            return responses.error();
        QString surveyId;
        for (const QJsonObject& r : *responses)
            if (surveyId.isEmpty())
                surveyId = textOf(r.value(QLatin1String("survey_id")));

        if (options.details.isEmpty())
            return Error(
                QCoreApplication::translate(
                    "Importers",
                    "SurveyMonkey responses hold only question and choice ids; their wording and scores "
                    "are in the survey details. Save the reply of GET /v3/surveys/%1/details and pass it "
                    "with --details FILE.")
                    .arg(surveyId.isEmpty() ? QStringLiteral("{id}") : surveyId),
                path);
        // A relative --details that is not found from here is looked for next to the responses (feeds).
        QString detailsPath = options.details;
        if (QFileInfo(detailsPath).isRelative() && !QFileInfo::exists(detailsPath))
            detailsPath = QFileInfo(path).dir().filePath(options.details);
        auto details = loadDetails(detailsPath, options.encoding);
        if (!details)
            return details.error();
        if (!surveyId.isEmpty() && !details->surveyId.isEmpty() && surveyId != details->surveyId)
            return Error(QCoreApplication::translate(
                             "Importers",
                             "The details are for survey %1 but these responses are for survey %2: pass the "
                             "details of survey %2.")
                             .arg(details->surveyId, surveyId),
                         path);
        auto plan = makePlan(path, *details, options);
        if (!plan)
            return plan.error();

        DuplicateIds seenIds;
        Counts counts;
        int number = 0;
        for (const QJsonObject& r : *responses) {
            if (sink.isCancelled())
                return Error(QCoreApplication::translate("Importers", "Cancelled."), path);
            if (!sink.wantsMore())
                break;
            // JSON has no useful lines: a record's "line" is its number in the file.
            if (++number % 200 == 0)
                sink.progress(qint64(text->size()) * number / responses->size(), text->size());
            readResponse(r, number, *plan, seenIds, counts, sink);
        }
        sink.progress(text->size(), text->size());
        sink.note(describeRead(pagesRead, *plan, counts));
        return success();
    }
};

} // namespace

std::unique_ptr<Importer> makeSurveyMonkeyJson()
{
    return std::make_unique<SurveyMonkeyJson>();
}

} // namespace cr::formats
