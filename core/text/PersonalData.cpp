#include "text/PersonalData.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace cr {

namespace {

QString tag(const char* word)
{
    return QLatin1Char('[') + QCoreApplication::translate("PersonalData", word) + QLatin1Char(']');
}

int digitCount(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

// Luhn check: a 13-19 digit run that passes it is a card number.
bool passesLuhn(QStringView s)
{
    int sum = 0;
    bool doubleIt = false;
    for (int i = s.size() - 1; i >= 0; --i) {
        if (!s[i].isDigit())
            continue;
        int d = s[i].digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

// Replaces every match for which `accept` holds (all when it is empty).
void replaceMatches(QString& text, const QRegularExpression& re, const QString& replacement,
                    const std::function<bool(const QRegularExpressionMatch&)>& accept = {})
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    bool changed = false;
    while (it.hasNext()) {
        const auto m = it.next();
        if (accept && !accept(m))
            continue;
        // Keep what a lead-in group matched (e.g. "account no. "), mask the rest.
        const int keep = m.lastCapturedIndex() >= 1 && m.capturedStart(1) == m.capturedStart(0)
                             ? int(m.capturedLength(1))
                             : 0;
        out += QStringView(text).mid(last, m.capturedStart(0) - last + keep);
        out += replacement;
        last = m.capturedEnd(0);
        changed = true;
    }
    if (!changed)
        return;
    out += QStringView(text).mid(last);
    text = out;
}

struct Patterns
{
    // Spelled-out forms too: "tom (at) kestrel (dot) net".
    QRegularExpression email{QStringLiteral(
        R"re([A-Za-z0-9._%+\-]+(?:@|\s*\(at\)\s*)[A-Za-z0-9\-]+(?:(?:\.|\s*\(dot\)\s*)[A-Za-z0-9\-]+)*)re"
        R"re((?:\.|\s*\(dot\)\s*)[A-Za-z]{2,})re")};
    // 13-19 digits, alone or in groups of 4 (or 4-6-5 for Amex).
    QRegularExpression card{QStringLiteral(R"((?<![\d\w])\d(?:[ \-]?\d){12,18}(?![\d\w]))")};
    QRegularExpression iban{QStringLiteral(R"(\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b)")};
    // An international or national number of 9-15 digits with the usual separators.
    QRegularExpression phone{QStringLiteral(
        R"((?<![\w+])(?:(?:\+|00)\d{1,3}[ .\-]?)?(?:\(\d{1,5}\)[ .\-]?)?\d{2,5}(?:[ .\-]?\d{2,5}){1,5}(?![\w]))")};
    // A number led by a word that says it identifies a person's account.
    QRegularExpression ledNumber{QStringLiteral(
        R"((?i)(\b(?:account|acct|a/c|customer|member|policy|reference|ref|contract|sort\s+code|routing|)"
        R"re(kundennummer|konto|vertragsnummer|iban)(?:\s+(?:no|number|num|id|nr|code))?\.?[\s:#]*))re"
        R"re((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{3,})re")};
    // A customer or case reference in the shape companies print them: a few
    // capitals, an optional dash and five or more digits ("KF-208113").
    QRegularExpression codedReference{QStringLiteral(R"((?<![\w\-])[A-Z]{2,4}-?\d{5,}(?![\w\-]))")};
    // A street address: an optional flat and building, then a house number and
    // a street ("flat 4, Alder Court, 27 Mill Lane", "221B Baker Street").
    QRegularExpression streetAddress{QStringLiteral(
        R"re((?:\b(?i:flat|apartment|apt|unit)\s+\d+[A-Za-z]?,?\s+)?)re"
        R"re((?:(?:[A-Z][a-z]+\s+){1,3}(?:Court|House|Mansions|Building|Tower|Lodge|Cottages),?\s+)?)re"
        R"re(\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3})re"
        R"re((?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Drive|Dr|Way|Place|Crescent|Terrace|)re"
        R"re(Gardens|Grove|Boulevard|Blvd|Square|Row|Hill|Mews|Walk|Parade|Strasse|Straße|Weg|Allee)\b)re")};
    // A flat or unit number on its own.
    QRegularExpression flat{QStringLiteral(R"(\b(?i:flat|apartment|apt)\s+\d+[A-Za-z]?\b)")};
    // Any remaining run of 7 or more digits is an identifier of some kind.
    QRegularExpression longDigits{QStringLiteral(R"((?<![\w.,])\d{7,}(?![\w]|[.,]\d))")};
    // UK postcodes ("SW1A 1AA", "M1 1AE"), Canadian ("K1A 0B1").
    QRegularExpression ukPostcode{QStringLiteral(
        R"(\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z]\s\d[A-Z]\d)\b)")};
    // US ZIP codes after a state code ("Austin, TX 78701", "CA 94110-1234").
    QRegularExpression usZip{QStringLiteral(R"((\b[A-Z]{2},?\s+)\d{5}(?:-\d{4})?\b)")};
    // Postcodes led by the word ("postcode 10115", "ZIP: 94110", "PLZ 80331").
    QRegularExpression ledPostcode{QStringLiteral(
        R"((?i)(\b(?:post\s?code|postal\s+code|zip(?:\s+code)?|plz)[\s:]*)(?=[A-Z]*\d)[A-Z0-9]{3,5}(?:[\s\-][A-Z0-9]{3,4})?\b)")};
};

const Patterns& patterns()
{
    static const Patterns p;
    return p;
}

const QStringList& usStates()
{
    static const QStringList states = QStringLiteral(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
        "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR")
                                          .split(QLatin1Char(' '));
    return states;
}

} // namespace

QString maskPersonalData(const QString& input)
{
    if (input.isEmpty())
        return input;
    const Patterns& p = patterns();
    QString text = input;
    replaceMatches(text, p.email, tag("e-mail"));
    replaceMatches(text, p.iban, tag("account"), [](const QRegularExpressionMatch& m) {
        return digitCount(m.capturedView(0)) >= 10;
    });
    replaceMatches(text, p.card, tag("card"), [](const QRegularExpressionMatch& m) {
        const int digits = digitCount(m.capturedView(0));
        return digits >= 13 && digits <= 19 && passesLuhn(m.capturedView(0));
    });
    replaceMatches(text, p.ledNumber, tag("account"));
    replaceMatches(text, p.codedReference, tag("account"));
    replaceMatches(text, p.streetAddress, tag("address"));
    replaceMatches(text, p.flat, tag("address"));
    replaceMatches(text, p.ledPostcode, tag("postcode"));
    replaceMatches(text, p.usZip, tag("postcode"), [](const QRegularExpressionMatch& m) {
        return usStates().contains(m.captured(1).trimmed().remove(QLatin1Char(',')));
    });
    replaceMatches(text, p.phone, tag("phone"), [](const QRegularExpressionMatch& m) {
        const int digits = digitCount(m.capturedView(0));
        return digits >= 9 && digits <= 15;
    });
    replaceMatches(text, p.longDigits, tag("account"));
    replaceMatches(text, p.ukPostcode, tag("postcode"));
    return text;
}

} // namespace cr
