#pragma once
// What help desks mean by their words, shared by the ticket CSV and JSON
// importers: via channels and sources, and ticket statuses.

#include "Domain.h"

#include <QString>

namespace cr::formats::tickets {

// Zendesk's via channels (API names and the export's labels) and Freshdesk's
// sources, to our channels. Anything else is "other".
QString channelOf(const QString& via);

enum class TicketState { Open, InProgress, Resolved, Closed, Deleted };
TicketState stateOf(const QString& status);
ComplaintStatus complaintStatus(TicketState state);

} // namespace cr::formats::tickets
