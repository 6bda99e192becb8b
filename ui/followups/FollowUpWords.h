#pragma once
// How follow-ups read in the inbox, the department page and on the wall:
// the rule and status in words, the age in days, and when one is overdue
// (open and older than the room's escalate-after days).

#include "Domain.h"

#include <QDateTime>
#include <QString>

namespace cr::ui {

QString followUpRuleWord(FollowUpRule rule);       // "Complaint spike"
QString followUpStatusWord(FollowUpStatus status); // "acknowledged"
QString followUpStatusGlyph(FollowUpStatus status);
// Whole days since it was raised (never negative: a clock set back reads 0).
int followUpAgeDays(const FollowUp& followUp, const QDateTime& now);
QString daysText(int days); // "today", "1 day", "12 days"
bool isFollowUpOverdue(const FollowUp& followUp, int escalateAfterDays, const QDateTime& now);
// Second cues beside the colour: escalated and overdue follow-ups carry a glyph.
QString escalatedGlyph(); // "▲"
QString overdueGlyph();   // "⚠"

} // namespace cr::ui
