#pragma once
// The selected follow-up in words: what raised it, where it is routed, what
// happened to it so far, and the evidence it links (a detractor's score and
// comment, a few of a spike's complaints, a KPI's recent months against its
// target). Between-meetings screen: personal data is shown as it is.

#include "common/Theme.h"
#include "followups/FollowUpWork.h"

#include <QString>

namespace cr::ui {

class FollowUpTableModel;

// HTML for a QTextBrowser; names and ages come from the inbox's model.
QString followUpDetailHtml(const FollowUpEvidence& evidence, const FollowUpTableModel& names,
                           const Theme& theme);

} // namespace cr::ui
