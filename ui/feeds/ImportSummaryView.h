#pragma once
// After an import: per file what arrived (imported, updated, unchanged,
// rejected, skipped), every reject as FILE:LINE: reason, KPIs that arrived
// without a target, and how many records wait in the Unassigned tray.

#include "common/Theme.h"
#include "feeds/ImportJob.h"

#include <QTextBrowser>

namespace cr::ui {

class ImportSummaryView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ImportSummaryView(QWidget* parent = nullptr);
    void setTheme(const Theme& theme) { m_theme = theme; }
    void setBatch(const ImportBatch& batch);

private:
    Theme m_theme;
};

// The same as HTML, for the feeds' import log too.
QString summaryHtml(const ImportBatch& batch, const Theme& theme);

} // namespace cr::ui
