#include "import/formats/SurveysCommon.h"

#include "import/Parsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cr::formats::surveys {

std::pair<int, int> scaleOf(SurveyMetric metric)
{
    const SurveyScale scale = surveyScale(metric); // the one table of scales, in Domain
    return {scale.min, scale.max};
}

bool inScale(SurveyMetric metric, int score)
{
    const auto [low, high] = scaleOf(metric);
    return score >= low && score <= high;
}

QString metricLabel(SurveyMetric metric)
{
    return toString(metric).toUpper();
}

std::optional<int> scoreFromText(const QString& input, SurveyMetric metric)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto n = parse::wholeNumber(text))
        return n;
    if (const auto n = parse::leadingWholeNumber(text))
        return n;
    // "Not at all likely - 0", "Extremely likely (10)"
    static const QRegularExpression trailing(
        QStringLiteral("^\\D*[^\\d\\s]\\s*(?:[-–—:=]\\s*|\\(\\s*)(\\d{1,3})\\s*\\)?$"));
    if (const auto m = trailing.match(text); m.hasMatch())
        return m.captured(1).toInt();
    const QString lower = text.toLower();
    if (metric == SurveyMetric::Nps) {
        // The labels Qualtrics and SurveyMonkey put on the ends of the NPS scale.
        if (lower == QLatin1String("extremely likely"))
            return 10;
        if (lower == QLatin1String("not at all likely") || lower == QLatin1String("not likely at all"))
            return 0;
    } else if (metric == SurveyMetric::Csat) {
        // The standard five CSAT labels, as choice-text exports write them.
        static const QHash<QString, int> labels = {
            {QStringLiteral("very dissatisfied"), 1},
            {QStringLiteral("dissatisfied"), 2},
            {QStringLiteral("neither satisfied nor dissatisfied"), 3},
            {QStringLiteral("neutral"), 3},
            {QStringLiteral("satisfied"), 4},
            {QStringLiteral("very satisfied"), 5},
        };
        if (const auto it = labels.constFind(lower); it != labels.constEnd())
            return it.value();
    }
    return std::nullopt;
}

QString outOfScaleReason(SurveyMetric metric, int score, const QString& where)
{
    const auto [low, high] = scaleOf(metric);
    return QCoreApplication::translate("Importers", "Score %1 in %2 is outside the %3 scale %4-%5.")
        .arg(score)
        .arg(where, metricLabel(metric))
        .arg(low)
        .arg(high);
}

QString notAScoreReason(SurveyMetric metric, const QString& text, const QString& where)
{
    const auto [low, high] = scaleOf(metric);
    return QCoreApplication::translate("Importers", "\"%1\" in %2 is not a score on the %3 scale %4-%5.")
        .arg(shorten(text, 40), where, metricLabel(metric))
        .arg(low)
        .arg(high);
}

QString widthMismatch(qsizetype fields, qsizetype headerFields)
{
    if (fields == headerFields)
        return {};
    return QCoreApplication::translate(
               "Importers",
               "The row has %1 fields but the header has %2: it is cut short or holds an unquoted delimiter.")
        .arg(fields)
        .arg(headerFields);
}

int DuplicateIds::firstLine(const QString& id, int line)
{
    const auto it = m_seen.constFind(id);
    if (it != m_seen.constEnd())
        return it.value();
    // Past this many ids the session's check in the store catches repeats
    // (same message, no memory): a huge export keeps a flat footprint.
    if (m_seen.size() < kMaxRememberedIds)
        m_seen.insert(id, line);
    return 0;
}

QString shorten(const QString& text, int max)
{
    const QString s = text.simplified();
    if (s.size() <= max)
        return s;
    return s.left(max - 1) + QChar(0x2026);
}

} // namespace cr::formats::surveys
