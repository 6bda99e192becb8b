#pragma once
// Room > Export PDF report…: asks where to save, writes the report for the
// period the wall shows on the window's job runner (its own read-only
// connection, progress and Cancel in the job bar), and says where it went.

#include <QString>

class QObject;

namespace cr::ui {

class WallWindow;

// Asks for a file name first; does nothing when the person cancels.
void exportPdfReport(WallWindow* window);
// Writes straight to `path` (the tests, and after the file dialog). The job
// bar's note says what was written, or why not.
void exportPdfReportTo(WallWindow* window, const QString& path);

} // namespace cr::ui
