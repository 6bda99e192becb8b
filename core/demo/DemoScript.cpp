#include "demo/DemoScript.h"

#include <algorithm>

namespace cr::demo {

// The script reads as a table; keep its hand layout.
// clang-format off

QVector<DepartmentScript> departments()
{
    return {
        {"Sales & Marketing", "Hannah Okafor", "Tom Reyes"},
        {"Digital", "Marcus Lindqvist", "Aisha Khan"},
        {"Field Engineering", "Gareth Price", "Sofia Marin"},
        {"Network Operations", "Dev Patel", "Lena Fischer"},
        {"Customer Care", "Rachel Adeyemi", "Owen Gallagher"},
        {"Billing & Finance", "Claire Dubois", "Sam Whitfield"},
    };
}

QVector<StageScript> stages()
{
    using K = KpiDirection;
    return {
        {"Discover", Maturity::Reliable,
         "I can see what I will really pay and what speed I will really get before I commit.",
         "Comparing plans, checking the address, reading reviews.", "Sales & Marketing", {"Digital"},
         {"Check speed at my address", "Compare plans and prices", "Read the small print"},
         21, 24, -1, 0, -1, 28, 22,
         {{"Price after offer unclear", 0.34,
           {"The advert said £28 a month but nowhere obvious does it say it goes up to £52 after 18 months. "
            "I only found it in the small print after ordering.",
            "Your price comparison page hides the full-term price. I compared you with two other providers and "
            "you looked cheapest until I read the terms.",
            "Why does the offer banner not show the price after the discount? Felt misleading."},
           0.0, 1},
          {"Speed checker inaccurate", 0.30,
           {"The checker said 900 Mb was available at my postcode, the order page then said 150 Mb max.",
            "Address checker keeps saying my flat does not exist. Tried three times on {date}.",
            "Estimated speed at my address was {speed} Mb but your sales agent told me something different."},
           0.0, 1},
          {"Sales call pressure", 0.18,
           {"Called three times in one week after I only asked for a quote. Please stop calling {phone}.",
            "Your agent told me the offer ends today. It did not. I do not like being pushed."},
           0.0, 1},
          {"Website errors", 0.18,
           {"The plans page would not load on my phone, spinner for minutes.",
            "Got an error 500 when trying to compare plans on {date}."},
           0.0, 1}},
         {{"Quote-to-order conversion", "%", K::HigherIsBetter, 18, 2, 15.5, 17.8, 0.8, "Sales & Marketing",
           "Share of address checks that become an order within 14 days."},
          {"Plans page drop-off", "%", K::LowerIsBetter, 45, 5, 52, 47, 2.0, "Digital",
           "Visitors who leave the plans page without checking their address."}}},

        {"Join", Maturity::Reliable,
         "Ordering takes five minutes and I know exactly what happens next.",
         "Placing the order, credit check, confirmation and welcome.", "Sales & Marketing",
         {"Digital", "Billing & Finance"},
         {"Place the order", "Receive the order confirmation", "Welcome call and letter"},
         30, 34, -1, 0, -1, 110, 18,
         {{"No order confirmation", 0.36,
           {"Ordered on {date} and never got a confirmation e-mail. Is my order even real? Order {ref}.",
            "No confirmation e-mail, checked spam. Had to phone to find out whether it went through.",
            "I got charged the set-up fee but no e-mail confirming anything."},
           -0.03, 1},
          {"Credit check failed wrongly", 0.22,
           {"Order refused after a credit check, no reason given. I have been with my bank for 20 years.",
            "Credit check failed because your form would not accept my flat number."},
           0.0, 1},
          {"Set-up fee not expected", 0.24,
           {"£{amount} set-up fee appeared at checkout. It was not on the plans page.",
            "Nobody told me about the router delivery charge until the last step."},
           0.0, 1},
          {"Duplicate order", 0.18,
           {"I pressed order once and now I have two orders and two direct debits. Account {ref}.",
            "Two welcome letters, two order numbers. Please cancel one."},
           0.0, 1}},
         {{"Orders completed online", "%", K::HigherIsBetter, 85, 5, 81, 86.5, 1.2, "Digital",
           "Orders finished without calling us.", -1, -8.5},
          {"Confirmation sent within 5 min", "%", K::HigherIsBetter, 98, 1.5, 93, 98.7, 0.6, "Digital",
           "Orders whose confirmation e-mail left within five minutes."}}},

        {"Get connected", Maturity::Broken,
         "An engineer arrives in a two-hour window I chose, and I am online the same day.",
         "Appointment booking, the engineer visit, router set-up, first connection.", "Field Engineering",
         {"Network Operations", "Customer Care", "Digital"},
         {"Book the engineer appointment", "Engineer visit", "Router set-up", "First time online"},
         -24, 18, 8, 0, -1, 160, 46,
         {{"Missed engineer appointment", 0.42,
           {"Took the day off work on {date} and the engineer never came. No call, no text. Order {ref}.",
            "Second missed appointment in a row. I have now lost two days of pay waiting in.",
            "Engineer was booked 8am-6pm, nobody came, and the rebooking is {days} days away."},
           0.0, 0.25},
          {"All-day appointment window", 0.20,
           {"An 8am to 6pm window is not an appointment. I cannot stay at home all day.",
            "Why can you not give me a time? Every other company gives a two-hour slot."},
           0.0, 0.2},
          {"Installation delayed", 0.18,
           {"Promised live on {date}, still no service {days} days later.",
            "My move-in date was agreed weeks ago and the install has been pushed back twice."},
           0.0, 0.7},
          {"Router not working on arrival", 0.12,
           {"Router arrived but shows a red light. Engineer said it was not set up for my line.",
            "The router was sent to my old address."},
           0.0, 0.6},
          {"Damage during install", 0.08,
           {"The engineer drilled through the wrong wall and left a mess in the hallway.",
            "Cable left hanging across the front of the house after the install."},
           0.0, 1}},
         {{"Installs on first appointment", "%", K::HigherIsBetter, 90, 4, 71, 92, 1.5, "Field Engineering",
           "Installations completed at the first booked appointment.", 8},
          {"Days from order to live", "days", K::LowerIsBetter, 10, 3, 16.5, 9.5, 0.8, "Field Engineering",
           "Median days between the order and the first connection.", 8},
          {"Appointments kept", "%", K::HigherIsBetter, 97, 2, 84, 96.2, 1.0, "Field Engineering",
           "Booked engineer appointments where the engineer arrived in the window.", 8}}},

        {"Use", Maturity::Differentiating,
         "My connection just works, even at 9 pm when everyone is streaming.",
         "Everyday use: speed, reliability, the app, planned work.", "Network Operations", {"Digital"},
         {"Evening streaming", "Planned maintenance", "Speed test in the app"},
         38, 40, -1, 18, 5, 220, 40,
         {{"Slow evening speeds", 0.40,
           {"Every evening after 8pm my speed drops to {speed} Mb on a 500 Mb plan.",
            "Streaming buffers every night. Speed test in your app shows {speed} Mb.",
            "Fine during the day, useless in the evening. Line ref {ref}."},
           0.0, 1},
          {"Outage", 0.28,
           {"No internet since {date}, status page says everything is fine.",
            "Third drop-out this week. I work from home and lost a client call.",
            "Whole street offline for {days} days and no updates."},
           0.0, 1},
          {"Planned work not notified", 0.17,
           {"Maintenance overnight on {date} without any warning e-mail.",
            "You took my line down for planned work during a school exam week without telling me."},
           0.0, 1},
          {"App problems", 0.15,
           {"The Kestrel app logs me out every time I open it.",
            "Speed test button in the app does nothing on Android."},
           0.0, 1}},
         {{"Evening speed vs advertised", "%", K::HigherIsBetter, 90, 5, 86, 91.5, 1.2, "Network Operations",
           "Median speed between 8 and 10 pm as a share of the plan's advertised speed."},
          {"Network availability", "%", K::HigherIsBetter, 99.9, 0.1, 99.93, 99.95, 0.03, "Network Operations",
           "Share of minutes the average line was in service."},
          {"Faults per 1,000 lines", "count", K::LowerIsBetter, 8, 2, 9.4, 7.6, 0.7, "Network Operations",
           "Faults reported per 1,000 active lines in the month."}}},

        {"Get help", Maturity::Broken,
         "One contact solves it, and I never have to repeat myself.",
         "Calls, chats and e-mails when something goes wrong.", "Customer Care", {"Digital", "Network Operations"},
         {"Reach someone", "Explain the problem once", "Problem solved"},
         -8, -17, -1, 0, -1, 260, 60,
         {{"Had to repeat myself", 0.32,
           {"This is the fourth time I have explained the same fault. Nobody reads the notes. Case {ref}.",
            "Every agent asks me to start from the beginning. I have called on {date} and twice since.",
            "Transferred three times, explained my problem four times, still not fixed."},
           0.03, 1},
          {"Long wait on the phone", 0.28,
           {"Waited 48 minutes on hold on {date} before being cut off.",
            "Your phone queue said 5 minutes; it was over 40.",
            "Why is there no call-back option? I cannot sit on hold for an hour at work."},
           0.04, 1},
          {"Promised call-back never came", 0.22,
           {"Agent promised a call-back within 24 hours on {date}. Nothing. Please call {phone}.",
            "Third promised call-back that never happened. Contact me at {email}."},
           0.02, 1},
          {"Chat closed without answer", 0.18,
           {"The chat agent closed the chat while I was typing my account number.",
            "Chat says 'we will be right with you' for 30 minutes then closes."},
           0.0, 1}},
         {{"First contact resolution", "%", K::HigherIsBetter, 75, 5, 68, 61, 1.5, "Customer Care",
           "Contacts solved without the customer coming back within 7 days."},
          {"Average speed of answer", "s", K::LowerIsBetter, 60, 30, 95, 178, 12, "Customer Care",
           "Average seconds before a phone call reaches an agent."},
          {"Repeat contacts within 7 days", "%", K::LowerIsBetter, 15, 5, 19, 24, 1.2, "Customer Care",
           "Customers who contact us again about the same problem within 7 days."},
          {"Complaints resolved in 8 weeks", "%", K::HigherIsBetter, 95, 3, 93.5, 90.5, 1.0, "Customer Care",
           "Complaints closed within the regulator's eight-week limit."},
          {"Chat abandonment", "%", K::LowerIsBetter, 10, 3, 11, 14, 1.0, "Digital",
           "Chats the customer leaves before an agent answers."}}},

        {"Pay", Maturity::Reliable,
         "My bill is the amount I expected, every month, and I understand every line.",
         "The first bill, monthly bills, Direct Debit, payment problems.", "Billing & Finance",
         {"Customer Care", "Digital"},
         {"First bill", "Monthly Direct Debit", "Price change on the bill"},
         4, 11, -1, 0, -1, 140, 30,
         {{"First bill higher than expected", 0.38,
           {"My first bill was £{amount}, not the £35 I signed up for. Nobody explained the part-month charge.",
            "What is the 'pro-rata adjustment' on my first bill? Account {ref}.",
            "First bill nearly double the monthly price. Felt like a trick."},
           -0.02, 1},
          {"Charged after cancelling", 0.22,
           {"I cancelled on {date} and you still took a Direct Debit of £{amount}.",
            "Still being billed two months after I moved to another provider."},
           0.0, 1},
          {"Direct Debit taken twice", 0.20,
           {"Two payments of £{amount} taken this month. Card ending 4417.",
            "Double Direct Debit on {date}, my account went overdrawn."},
           0.0, 1},
          {"Cannot read the bill", 0.20,
           {"The bill lists codes like ADJ-PR and LRF with no explanation.",
            "I cannot find my bill in the app, only a blank PDF."},
           0.0, 1}},
         {{"Bills questioned", "%", K::LowerIsBetter, 3, 1, 5.2, 3.6, 0.25, "Billing & Finance",
           "Bills that lead to a billing contact within 30 days."},
          {"Direct Debit failures", "%", K::LowerIsBetter, 1.5, 0.5, 1.7, 1.3, 0.15, "Billing & Finance",
           "Direct Debit collections that fail."}}},

        {"Renew or leave", Maturity::Broken,
         "Staying is rewarded without haggling, and leaving is simple and respectful.",
         "End of contract, price changes, renewing, moving home, cancelling.", "Customer Care",
         {"Sales & Marketing", "Billing & Finance"},
         {"End-of-contract notice", "Price change", "Cancel or renew"},
         -19, -24, -1, 22, 12, 120, 34,
         {{"Price rise at end of contract", 0.40,
           {"My bill went from £35 to £52 overnight. Loyal for four years and this is the thanks.",
            "End-of-contract letter on {date} says the price goes up {amount}%. New customers pay far less.",
            "I had to phone and threaten to leave to get the price new customers get."},
           0.02, 1, 2.6},
          {"Hard to cancel", 0.30,
           {"There is no way to cancel online. Waited {days} days for the retention team to call.",
            "Tried to cancel three times, each time passed to 'retention' who talk me out of it.",
            "I am moving abroad; I do not want an offer, I want to cancel."},
           0.0, 1},
          {"Exit fee dispute", 0.18,
           {"Charged an exit fee of £{amount} although my contract ended on {date}.",
            "You are charging me for the router I already returned."},
           0.0, 1},
          {"Moving home", 0.12,
           {"Moving home should be simple. You want to start a new 24-month contract.",
            "New address is in your area but you say it will take {days} days to move my service."},
           0.0, 1}},
         {{"Monthly churn", "%", K::LowerIsBetter, 1.2, 0.3, 1.45, 1.62, 0.06, "Customer Care",
           "Customers who leave in the month, as a share of all customers."},
          {"Retention save rate", "%", K::HigherIsBetter, 45, 5, 41, 38, 1.5, "Customer Care",
           "Customers who wanted to leave and stayed after the conversation."},
          {"Cancelled in one contact", "%", K::HigherIsBetter, 80, 10, 52, 57, 2.5, "Digital",
           "Cancellation requests completed in the first contact."}}},
    };
}

QVector<FixScript> fixes()
{
    return {
        {"Get connected", "Two-hour appointment windows with live engineer tracking",
         "Customers choose a two-hour slot and get an SMS with the engineer's live position and arrival time.",
         "Field Engineering", {"Digital", "Customer Care"}, FixStatus::Verified, 4, 8, 12,
         "Installs on first appointment", 88},
        {"Get connected", "Routers pre-configured for the line before dispatch",
         "Warehouse loads the line profile onto the router so it works the moment it is plugged in.",
         "Field Engineering", {"Network Operations"}, FixStatus::Done, 9, 11, -1,
         "Installs on first appointment", 93},
        {"Get help", "Case history visible to every agent",
         "One case record across phone, chat and e-mail, shown to whoever picks up, so nobody repeats themselves.",
         "Customer Care", {"Digital"}, FixStatus::InProgress, 9, 14, -1,
         "First contact resolution", 75},
        {"Get help", "Call-back instead of queuing at peak times",
         "When the queue passes 10 minutes, offer a call-back at a chosen time.", "Customer Care",
         {"Digital"}, FixStatus::Proposed, 11, 15, -1, "Average speed of answer", 60},
        {"Pay", "Explain the part-month charge on the first bill",
         "Show the part-month charge at checkout, in the welcome e-mail and as a plain line on the first bill.",
         "Billing & Finance", {"Digital", "Customer Care"}, FixStatus::InProgress, 8, 11, -1,
         "Bills questioned", 3.0},
        {"Renew or leave", "Best loyalty price offered before renewal",
         "Offer the best available price in the end-of-contract letter instead of only to customers who call.",
         "Customer Care", {"Sales & Marketing", "Billing & Finance"}, FixStatus::Proposed, 12, 16, -1,
         "nps", -5},
        {"Renew or leave", "Cancel online in one step",
         "A cancellation page in the app and on the web, with the final bill shown before confirming.",
         "Digital", {"Customer Care"}, FixStatus::InProgress, 10, 14, -1,
         "Cancelled in one contact", 80},
        {"Discover", "Full-term price next to every offer price",
         "Every plan card shows the price after the offer period in the same size as the offer price.",
         "Sales & Marketing", {"Digital"}, FixStatus::Done, 6, 10, -1,
         "nps", 28},
        {"Join", "Order confirmation sent from a resilient queue",
         "Confirmation e-mails go through a retried queue and an SMS is sent when the e-mail bounces.",
         "Digital", {"Sales & Marketing"}, FixStatus::Verified, 2, 5, 12,
         "Confirmation sent within 5 min", 98},
        {"Use", "Evening capacity upgrade in 14 exchanges",
         "Double backhaul capacity in the 14 exchanges that congest between 8 and 10 pm.",
         "Network Operations", {"Field Engineering"}, FixStatus::Done, 6, 11, -1,
         "Evening speed vs advertised", 91},
    };
}

QStringList complaintChannels()
{
    return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("web"), QStringLiteral("chat"),
            QStringLiteral("social"), QStringLiteral("store"), QStringLiteral("letter")};
}

QVector<double> complaintChannelWeights() { return {0.38, 0.2, 0.14, 0.14, 0.08, 0.03, 0.03}; }

QStringList npsComments(int score)
{
    if (score >= 9)
        return {QStringLiteral("Fast and reliable, no complaints."),
                QStringLiteral("The engineer was on time and explained everything."),
                QStringLiteral("Great value for the speed."),
                QStringLiteral("Helpful staff when I called."),
                QStringLiteral("Setting up was easy."), QString(), QString()};
    if (score >= 7)
        return {QStringLiteral("Good service but the price goes up too much."),
                QStringLiteral("Works fine, the app could be better."),
                QStringLiteral("OK, slower in the evenings."), QString(), QString()};
    return {QStringLiteral("Waited all day for an engineer who never came."),
            QStringLiteral("I had to explain my problem three times."),
            QStringLiteral("Bill was higher than I was told."),
            QStringLiteral("Price rise at renewal is unfair to loyal customers."),
            QStringLiteral("Hours on hold."),
            QStringLiteral("Speed drops every evening."), QString()};
}

QStringList customerFirstNames()
{
    return {QStringLiteral("Amelia"), QStringLiteral("Oliver"), QStringLiteral("Priya"), QStringLiteral("James"),
            QStringLiteral("Fatima"), QStringLiteral("Liam"), QStringLiteral("Chloe"), QStringLiteral("Mohammed"),
            QStringLiteral("Grace"), QStringLiteral("Daniel"), QStringLiteral("Zara"), QStringLiteral("Ethan"),
            QStringLiteral("Sophie"), QStringLiteral("Kwame"), QStringLiteral("Ruth"), QStringLiteral("Tomasz")};
}

QStringList customerSurnames()
{
    return {QStringLiteral("Evans"), QStringLiteral("Shah"), QStringLiteral("Murphy"), QStringLiteral("Nowak"),
            QStringLiteral("Campbell"), QStringLiteral("Okoro"), QStringLiteral("Hughes"), QStringLiteral("Ali"),
            QStringLiteral("Bennett"), QStringLiteral("Kowalski"), QStringLiteral("Reid"), QStringLiteral("Mensah")};
}

// clang-format on

NpsShares npsShares(double trueNps)
{
    const double passives = 0.30;
    return {std::clamp((1 - passives + trueNps / 100) / 2, 0.01, 0.95),
            std::clamp((1 - passives - trueNps / 100) / 2, 0.01, 0.95)};
}

} // namespace cr::demo
