#include "import/StageRules.h"

#include "store/RoomStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cr {

std::optional<RowId> stageIdByName(const QVector<Stage>& stages, const QString& name)
{
    for (const Stage& s : stages)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.id;
    return std::nullopt;
}

QString stageNameById(const QVector<Stage>& stages, const std::optional<RowId>& id)
{
    if (id)
        for (const Stage& s : stages)
            if (s.id == *id)
                return s.name;
    return {};
}

QString stageNameById(const RoomStore& store, const std::optional<RowId>& id)
{
    if (!id)
        return {};
    const auto stages = store.stages();
    return stages ? stageNameById(*stages, id) : QString();
}

QStringList ruleFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Complaints:
        return {QStringLiteral("text"), QStringLiteral("category"), QStringLiteral("product"),
                QStringLiteral("channel"), QStringLiteral("customer")};
    case ImportKind::Surveys:
        return {QStringLiteral("comment"), QStringLiteral("metric"), QStringLiteral("respondent")};
    case ImportKind::Calls:
        return {QStringLiteral("title"), QStringLiteral("agent"), QStringLiteral("channel"),
                QStringLiteral("summary"), QStringLiteral("transcript")};
    case ImportKind::Artifacts:
        return {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("kind")};
    case ImportKind::Kpis:
        return {QStringLiteral("name")};
    }
    return {};
}

StageRules::StageRules(QVector<MappingRule> rules) : m_rules(std::move(rules))
{
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const MappingRule& a, const MappingRule& b) { return a.position < b.position; });
    for (const MappingRule& r : m_rules) {
        // A keyword matches as a whole word or phrase, case-insensitively.
        const QString pattern =
            r.isRegex ? r.pattern : QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(r.pattern));
        m_compiled.append(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                          QRegularExpression::UseUnicodePropertiesOption));
    }
}

QString StageRules::validate(const MappingRule& rule)
{
    if (rule.pattern.trimmed().isEmpty())
        return QCoreApplication::translate("Importers", "A rule needs a keyword or a pattern.");
    if (rule.field != QLatin1String("any") && !ruleFields(rule.kind).contains(rule.field))
        return QCoreApplication::translate("Importers", "%1 records have no field \"%2\"; use one of: any, %3.")
            .arg(toString(rule.kind), rule.field, ruleFields(rule.kind).join(QStringLiteral(", ")));
    if (!rule.stageId && rule.category.isEmpty())
        return QCoreApplication::translate("Importers", "A rule must set a stage, a category or both.");
    if (rule.isRegex) {
        const QRegularExpression re(rule.pattern);
        if (!re.isValid())
            return QCoreApplication::translate("Importers", "The pattern is not a valid regular expression: %1")
                .arg(re.errorString());
    }
    return {};
}

const MappingRule* StageRules::match(ImportKind kind, const std::function<QString(const QString&)>& value) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        const MappingRule& rule = m_rules.at(i);
        if (rule.kind != kind)
            continue;
        if (rule.field == QLatin1String("any")) {
            for (const QString& f : ruleFields(kind))
                if (m_compiled.at(i).match(value(f)).hasMatch())
                    return &rule;
            continue;
        }
        if (m_compiled.at(i).match(value(rule.field)).hasMatch())
            return &rule;
    }
    return nullptr;
}

} // namespace cr
