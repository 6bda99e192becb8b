#pragma once
// The preview table: the first rows of a file as our fields, each with its
// line in the file; a row the importer would reject is red, says "rejected"
// (never colour alone) and carries the reason.

#include "common/Theme.h"
#include "import/ImportPreview.h"

#include <QAbstractTableModel>

namespace cr::ui {

class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RejectedRole = Qt::UserRole + 1, SkippedRole, ReasonRole };

    explicit PreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    void clear();
    void setTheme(const Theme& theme);

    int rejectedRows() const; // rows the import would reject (skipped ones not counted)
    int skippedRows() const;  // left out on purpose (an unfinished survey response)
    bool isRejected(int row) const;
    bool isSkipped(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_fields;
    QVector<PreviewRow> m_rows;
    QColor m_rejectBackground;
    QColor m_rejectText;
    QColor m_skipText;
};

// A preview row left out on purpose (the preview marks it "Skipped: …").
bool isSkippedRow(const PreviewRow& row);

// Our field names as a person reads them ("received_at" -> "Received at").
QString fieldTitle(const QString& field);

} // namespace cr::ui
