#include "import/formats/TicketsCommon.h"

#include "import/CsvReader.h"

#include <QHash>

namespace cr::formats::tickets {

QString channelOf(const QString& via)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char* channel, std::initializer_list<const char*> names) {
            for (const char* n : names)
                t.insert(QString::fromLatin1(n), QString::fromLatin1(channel));
        };
        add("email", {"email", "e-mail", "mail", "outbound email", "outbound_email", "web service email"});
        add("web", {"web", "web form", "web_form", "portal", "help center", "help_center", "web widget",
                    "web_widget", "feedback widget", "feedback_widget", "forum", "widget", "mobile",
                    "mobile sdk", "mobile_sdk", "mobihelp", "web_messaging"});
        add("phone", {"phone", "voice", "voicemail", "phone call", "phone call (incoming)",
                      "phone call (outgoing)", "phone_call_inbound", "phone_call_outbound", "call",
                      "api_voicemail", "api_phone_call_inbound", "api_phone_call_outbound"});
        add("chat", {"chat", "chat transcript", "chat_transcript", "native_messaging", "messaging", "sms",
                     "text", "whatsapp", "line", "wechat", "native messaging"});
        add("social",
            {"twitter", "twitter dm", "twitter_dm", "twitter_favorite", "facebook", "facebook post",
             "facebook_post", "facebook message", "facebook_message", "instagram", "instagram_dm", "x"});
        return t;
    }();
    return table.value(ColumnMap::normalise(via), QStringLiteral("other"));
}

TicketState stateOf(const QString& status)
{
    const QString s = ColumnMap::normalise(status);
    if (s == QLatin1String("deleted"))
        return TicketState::Deleted;
    if (s == QLatin1String("solved") || s == QLatin1String("resolved"))
        return TicketState::Resolved;
    if (s == QLatin1String("closed"))
        return TicketState::Closed;
    // Waiting on the customer, on hold, waiting on a third party: someone
    // is working it. New, open, and statuses we do not know: open.
    if (s == QLatin1String("pending") || s == QLatin1String("hold") || s == QLatin1String("on-hold") ||
        s == QLatin1String("on hold") || s.startsWith(QLatin1String("waiting on")) ||
        s == QLatin1String("in progress"))
        return TicketState::InProgress;
    return TicketState::Open;
}

ComplaintStatus complaintStatus(TicketState state)
{
    switch (state) {
    case TicketState::InProgress:
        return ComplaintStatus::InProgress;
    case TicketState::Resolved:
        return ComplaintStatus::Resolved;
    case TicketState::Closed:
        return ComplaintStatus::Closed;
    case TicketState::Open:
    case TicketState::Deleted:
        break;
    }
    return ComplaintStatus::Open;
}

} // namespace cr::formats::tickets
