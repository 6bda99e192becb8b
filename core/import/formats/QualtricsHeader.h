#pragma once
// The header rows of a Qualtrics export and the codes in its metadata
// columns. QualtricsCsv.cpp reads the responses under them.
//
// Layouts (docs/research/formats-in-the-wild.md):
// - current 3-row: column ids, labels or question text, {"ImportId":"QID1"}
//   (date columns may add "timeZone");
// - 2016-17 "Insights" 3-row: old names (ResponseID, ExternalDataReference)
//   and Python-dict ImportIds ({'ImportId': 'QID1'});
// - legacy 2-row: V1..V10 then question ids, labels in row 2;
// - older 2-row or 1-row exports without ImportIds.

#include "Result.h"
#include "import/CsvReader.h"

#include <QStringList>

#include <deque>
#include <initializer_list>
#include <optional>

namespace cr::formats::qualtrics {

enum class Layout { ThreeRow, Legacy, TwoRow, OneRow };

struct Header
{
    Layout layout = Layout::OneRow;
    bool insights = false; // 3-row with Python-dict ImportIds
    QStringList ids;
    QStringList texts;     // row 2: labels and question text
    QStringList importIds; // row 3, parsed
    QStringList timeZones; // row 3's "timeZone" of the date columns (the cells carry no zone)
    int responseIdColumn = -1;

    static QString at(const QStringList& list, int i)
    {
        return i >= 0 && i < list.size() ? list.at(i) : QString();
    }

    // A column by its id, its ImportId or (exactly) its label or question text.
    int find(const QString& name) const;
    int findAny(std::initializer_list<const char*> names) const;
    QString id(int column) const { return at(ids, column).trimmed(); }
    // One of Qualtrics' own columns (StartDate, Status, V7...), never an answer.
    bool isMetadata(int column) const;
    // "Q2 (“What kind of fruit…”)" for messages.
    QString describe(int column) const;
    QString layoutName() const;
};

bool isLegacyHeader(const QStringList& ids);
// Row 3 of a 3-row export: at least half of its cells hold an ImportId.
bool isImportIdRow(const QStringList& row);

// Reads the header rows; rows read ahead that turn out to be responses stay
// in `pending`, in order. Refuses an empty file and one without ResponseId.
Result<Header> readHeader(CsvReader& reader, std::deque<CsvRow>& pending);

// Status (Response Type): 0 IP Address, 1 Survey Preview, 2 Survey Test,
// 4 Imported, 8 Spam, 9 Preview Spam, 16 Offline, 17 Offline Preview; the
// label in choice-text exports.
enum class ResponseType { Respondent, Preview, Spam, Test };
ResponseType responseTypeOf(const QString& status);

// Finished: 1/0, or True/False in choice-text exports.
std::optional<bool> finishedValue(const QString& value);

// Qx_NPS_GROUP: 1 detractor, 2 passive, 3 promoter (or the words); 0 otherwise.
int npsGroupOf(const QString& value);
int npsGroupOfScore(int score);
QString npsGroupName(int group);

} // namespace cr::formats::qualtrics
