#pragma once
// A question asked on the big display during the review (a decision, the
// meeting's notes): type as large as the screens', wide enough to read from
// the table, words wrapped; Enter (Ctrl+Enter for notes) keeps, Esc drops.

#include "common/Theme.h"

#include <QString>

#include <optional>

class QWidget;

namespace cr::ui {

std::optional<QString> askOnScreen(QWidget* parent, const Theme& theme, const QString& title,
                                   const QString& question, const QString& text, bool multiLine);

} // namespace cr::ui
