#include "demo/GeneratorScript.h"

namespace cr::generator {

namespace {

const demo::StageScript& demoStage(const QVector<demo::StageScript>& stages, const char* name)
{
    for (const auto& s : stages)
        if (qstrcmp(s.name, name) == 0)
            return s;
    return stages.first();
}

// The script reads as a table; keep its hand layout.
// clang-format off
QVector<JourneyStage> extraStages()
{
    using K = KpiDirection;
    return {
        {{"Set up wi-fi at home", Maturity::Broken,
          "Every room in my home has good wi-fi without me calling anyone.",
          "Placing the router, extenders, connecting devices.", "Field Engineering", {"Digital", "Customer Care"},
          {"Place the router", "Connect my devices", "Wi-fi in every room"},
          -6, 9, 7, 0, -1, 70, 26,
          {{"Weak wi-fi upstairs", 0.38,
            {"Wi-fi does not reach the bedrooms. The router has to sit in the hallway where the line comes in.",
             "Full speed next to the router, nothing two rooms away. Do you sell extenders or not?"}, 0.0, 0.6},
           {"Router set-up instructions unclear", 0.27,
            {"The set-up leaflet shows a different router from the one in the box.",
             "Spent an evening trying to change the wi-fi password. The guide skips the step that matters."}, 0.0, 0.7},
           {"Extender charged unexpectedly", 0.20,
            {"An engineer left an extender and I was charged £{amount} for it without being told.",
             "Booster appeared on my bill on {date}. I never asked for it."}, 0.0, 1},
           {"Devices keep disconnecting", 0.15,
            {"My laptop drops off the wi-fi every few minutes since the router arrived.",
             "Smart TV loses the connection every evening, other devices are fine."}, 0.0, 1}},
          {{"Homes with whole-home wi-fi", "%", K::HigherIsBetter, 80, 6, 64, 79, 1.5, "Field Engineering",
            "Customers whose in-app wi-fi check finds good signal in every room.", 7}}},
         "Get connected"},

        {{"Add TV and phone", Maturity::Reliable,
          "Adding TV or a phone line is one click and works the same day.",
          "Adding TV, a landline or mobile to a broadband account.", "Sales & Marketing", {"Digital", "Billing & Finance"},
          {"Choose an add-on", "Activate the add-on"},
          12, 16, -1, 0, -1, 45, 14,
          {{"Add-on not activated", 0.40,
            {"Ordered the sports add-on on {date}, still not showing on the box {days} days later.",
             "Paid for the TV bundle but the app says I have no subscription."}, 0.0, 1},
           {"Bundle price confusing", 0.35,
            {"The bundle was meant to save money but my bill went up by £{amount}.",
             "Nobody told me the phone line rental is extra on top of the bundle."}, 0.0, 1},
           {"Number not transferred", 0.25,
            {"My old phone number was not moved over. Family cannot reach me on {phone}.",
             "Number transfer was promised for {date} and has not happened."}, 0.0, 1}},
          {{"Add-ons live within 24 hours", "%", K::HigherIsBetter, 95, 3, 89, 93, 1.2, "Digital",
            "Add-on orders working within a day.", -1}}},
         "Join"},

        {{"Manage my account", Maturity::Differentiating,
          "I can change anything about my account myself, in the app, in a minute.",
          "The app and the web account: details, passwords, plans, preferences.", "Digital", {"Customer Care"},
          {"Log in", "Change my details", "Find what I need in the app"},
          34, 39, -1, 0, -1, 90, 12,
          {{"Cannot log in", 0.45,
            {"Password reset e-mail never arrives. Tried five times on {date}.",
             "The app logs me out every time I open it and the code never comes to {phone}."}, -0.01, 1},
           {"Details not updated", 0.30,
            {"Changed my e-mail to {email} in the app, letters still go to the old address.",
             "Updated my bank details but the next Direct Debit went to the closed account."}, 0.0, 1},
           {"Feature missing in the app", 0.25,
            {"There is no way to see old bills in the app, only the last three.",
             "Why can I not change my plan in the app? I had to phone."}, 0.0, 1}},
          {{"Logins succeeding first time", "%", K::HigherIsBetter, 96, 2, 94.5, 96.8, 0.6, "Digital",
            "App and web logins that succeed without a reset.", -1}}},
         "Use"},

        {{"Live through an outage", Maturity::Reliable,
          "When the network is down I hear it from you first, with an honest time to fix.",
          "Unplanned outages, status updates, compensation.", "Network Operations", {"Customer Care", "Digital"},
          {"Find out there is an outage", "Updates while it lasts", "Compensation afterwards"},
          -2, 6, -1, 20, 9, 40, 24,
          {{"No updates during outage", 0.40,
            {"Internet down since {date} and the status page still says all systems are working.",
             "Nobody told me anything for two days. I had to find out on social media."}, 0.0, 1, 1.8},
           {"Compensation not paid", 0.30,
            {"Lost service for {days} days and got no automatic compensation. Ref {ref}.",
             "Was promised £{amount} credit for the outage, it is not on my bill."}, 0.0, 1},
           {"Outage took too long to fix", 0.30,
            {"Third outage this month in my street. Working from home is impossible.",
             "Engineer said it would be fixed by evening. It took {days} days."}, 0.0, 1}},
          {{"Outage customers told within 30 min", "%", K::HigherIsBetter, 90, 8, 62, 84, 3, "Network Operations",
            "Customers in an outage area who got an SMS or e-mail within 30 minutes.", -1},
           {"Outage minutes per line", "min", K::LowerIsBetter, 25, 10, 34, 27, 4, "Network Operations",
            "Unplanned outage minutes per line per month.", -1}}},
         "Use"},

        {{"Report a fault", Maturity::Broken,
          "Reporting a fault takes two minutes and the line test tells me what happens next.",
          "Fault reporting by app, web and phone; remote line tests.", "Customer Care", {"Network Operations", "Digital"},
          {"Report the fault", "Line test", "Told what happens next"},
          -15, -4, 9, 0, -1, 110, 44,
          {{"Line test says all is fine", 0.35,
            {"Your line test says everything is fine. It is not. No internet since {date}.",
             "The app test passes while my router has a red light. Ref {ref}."}, 0.0, 0.6},
           {"Cannot report fault online", 0.30,
            {"The fault form fails at the last step, so I have to call and wait on hold.",
             "No option in the app to report no dial tone."}, 0.0, 0.4},
           {"Fault reference not given", 0.20,
            {"Reported the fault on {date} and never got a reference. Had to start again.",
             "Nobody could find my fault report when I called back."}, 0.0, 1},
           {"Same fault again", 0.15,
            {"Fourth fault on the same line this year. Please fix it for good.",
             "The fault came back {days} days after it was closed."}, 0.01, 1}},
          {{"Faults reported online", "%", K::HigherIsBetter, 60, 8, 38, 57, 2, "Digital",
            "Faults reported in the app or on the web rather than by phone.", 9},
           {"Repeat faults within 28 days", "%", K::LowerIsBetter, 8, 2, 12.5, 9.8, 0.8, "Network Operations",
            "Lines with a second fault within four weeks of the first being closed.", -1}}},
         "Get help"},

        {{"Get it repaired", Maturity::Broken,
          "A repair is done in one visit, on the day promised.",
          "Repair appointments, engineer visits, replacement routers.", "Field Engineering", {"Network Operations", "Customer Care"},
          {"Book the repair", "Repair visit", "Fault cleared"},
          -20, -11, -1, 0, -1, 60, 30,
          {{"Repair appointment missed", 0.40,
            {"Repair engineer booked for {date}, nobody turned up. Third week without internet.",
             "Waited in all day for the repair visit. Rebooked for {days} days later."}, 0.0, 1},
           {"Needed several visits", 0.30,
            {"Three engineers, three visits, still the same fault. Ref {ref}.",
             "The engineer did not have the part and said someone else would come."}, 0.0, 1},
           {"Replacement router late", 0.30,
            {"Replacement router promised next day, arrived after {days} days.",
             "Was told a new router was sent. Nothing has arrived."}, 0.0, 1}},
          {{"Repairs fixed in one visit", "%", K::HigherIsBetter, 85, 5, 71, 76, 2, "Field Engineering",
            "Repairs closed after the first engineer visit.", -1},
           {"Days to repair", "days", K::LowerIsBetter, 3, 1, 5.8, 4.6, 0.5, "Field Engineering",
            "Days from fault report to fault cleared.", -1}}},
         "Get connected"},

        {{"Make a complaint", Maturity::Broken,
          "My complaint is owned by one person who keeps me updated until it is put right.",
          "Formal complaints, escalation, the ombudsman.", "Complaints & Compliance", {"Customer Care"},
          {"Raise the complaint", "Kept updated", "Final response"},
          -31, -22, -1, 0, -1, 35, 40,
          {{"Complaint not acknowledged", 0.35,
            {"Raised a complaint on {date}, no acknowledgement. Reference {ref}.",
             "I sent a letter and an e-mail and nobody has replied."}, 0.0, 1},
           {"No final response in 8 weeks", 0.35,
            {"It is now eight weeks since my complaint. I am going to the ombudsman.",
             "You promised a final response by {date}. Nothing."}, 0.02, 1},
           {"Complaint closed without fix", 0.30,
            {"My complaint was closed as resolved but nothing has changed.",
             "Got a £{amount} goodwill credit and the problem is still there."}, 0.0, 1}},
          {{"Complaints acknowledged in 2 days", "%", K::HigherIsBetter, 98, 3, 88, 94, 1.5, "Complaints & Compliance",
            "Formal complaints acknowledged within two working days.", -1},
           {"Ombudsman referrals", "count", K::LowerIsBetter, 20, 5, 34, 27, 4, "Complaints & Compliance",
            "Complaints referred to the ombudsman in the month.", -1}}},
         "Get help"},

        {{"Understand a price change", Maturity::Broken,
          "A price change is explained in pounds, early, and I can leave without a fee.",
          "Mid-contract and annual price rises, the notice letter.", "Billing & Finance", {"Sales & Marketing", "Customer Care"},
          {"Price change letter", "What it means for me"},
          -26, -18, -1, 14, 10, 50, 28,
          {{"Price rise not explained", 0.45,
            {"The letter says CPI plus 3.9 %. How much will I pay in pounds?",
             "Got a price rise letter on {date}, could not find what my new bill will be."}, 0.0, 1, 1.6},
           {"Price rise mid-contract", 0.35,
            {"I signed a fixed price. Now it goes up by £{amount} in the middle of the contract.",
             "How can you raise my price when I am only {days} months into the contract?"}, 0.0, 1, 1.4},
           {"Letter not received", 0.20,
            {"The first I heard of the rise was on my bill.",
             "Your letter went to {email}, an address I closed years ago."}, 0.0, 1}},
          {{"Price change questions per 1,000", "count", K::LowerIsBetter, 6, 2, 11, 9, 1.2, "Billing & Finance",
            "Calls and chats about a price change per 1,000 customers told of it.", -1}}},
         "Renew or leave"},

        {{"Struggle to pay", Maturity::Reliable,
          "If I cannot pay, I am treated with respect and get a plan I can keep to.",
          "Missed payments, payment plans, social tariffs, collections.", "Collections", {"Billing & Finance", "Customer Care"},
          {"Miss a payment", "Agree a payment plan", "Social tariff"},
          -4, 5, -1, 0, -1, 30, 16,
          {{"Threatening arrears letters", 0.35,
            {"I missed one payment and got a letter threatening debt collectors.",
             "The tone of the arrears letter on {date} was frightening."}, 0.0, 1},
           {"Social tariff not offered", 0.35,
            {"I am on Universal Credit and nobody told me about the social tariff.",
             "Asked about a cheaper plan, was told none exist. Then found one on your website."}, 0.0, 1},
           {"Payment plan not honoured", 0.30,
            {"Agreed to pay £{amount} a month and you still took the full amount.",
             "My payment plan was cancelled without telling me. Ref {ref}."}, 0.0, 1}},
          {{"Payment plans kept", "%", K::HigherIsBetter, 75, 8, 63, 70, 2, "Collections",
            "Payment plans still on track after three months.", -1}}},
         "Pay"},

        {{"Upgrade my plan", Maturity::Differentiating,
          "Upgrading gives me the faster speed the same day at the price I saw.",
          "Speed upgrades, plan changes, recontracting early.", "Sales & Marketing", {"Digital", "Network Operations"},
          {"See what I can upgrade to", "Order the upgrade", "Faster speed live"},
          24, 31, -1, 0, -1, 55, 12,
          {{"Upgrade price differs", 0.40,
            {"The upgrade was £{amount} in the app and a different price on the bill.",
             "Offered a loyalty upgrade on the phone, the letter says otherwise."}, 0.0, 1},
           {"Speed not increased", 0.35,
            {"Upgraded to 900 Mb on {date}, still getting {speed} Mb.",
             "Paid for the upgrade but the router still shows the old plan."}, 0.0, 1},
           {"New contract without asking", 0.25,
            {"Changing my speed started a new 24-month contract. Nobody said.",
             "I only wanted more speed, not a new contract."}, 0.0, 1}},
          {{"Upgrades live same day", "%", K::HigherIsBetter, 90, 5, 84, 90, 1.2, "Network Operations",
            "Speed upgrades active on the day they were ordered.", -1}}},
         "Discover"},

        {{"Move home", Maturity::Broken,
          "My broadband moves with me and works on the day I get the keys.",
          "Home moves: booking, the new line, the old one closed.", "Customer Care", {"Field Engineering", "Billing & Finance"},
          {"Tell you I am moving", "Broadband at the new home", "Old address closed"},
          -22, -12, 8, 0, -1, 50, 30,
          {{"No internet after moving", 0.40,
            {"Moved on {date}, still no broadband {days} days later. Working from home is impossible.",
             "The new line was booked for the wrong address."}, 0.0, 0.5},
           {"Charged for the old address", 0.30,
            {"Still being billed £{amount} for the flat I left.",
             "Final bill for my old home arrived twice."}, 0.0, 1},
           {"New contract forced on move", 0.30,
            {"Moving home should not mean a new 24-month contract.",
             "You want a home move fee of £{amount}. Nobody mentioned that when I joined."}, 0.0, 1}},
          {{"Moves live on moving day", "%", K::HigherIsBetter, 80, 8, 52, 74, 2.5, "Field Engineering",
            "Home moves with broadband working on the day of the move.", 8}}},
         "Get help"},

        {{"Refer a friend", Maturity::Differentiating,
          "Recommending Kestrel is easy and the reward arrives without chasing.",
          "Referral codes, rewards, word of mouth.", "Sales & Marketing", {"Billing & Finance"},
          {"Share my code", "Receive the reward"},
          41, 45, -1, 0, -1, 25, 6,
          {{"Referral reward not received", 0.60,
            {"My friend joined on {date} and I still have no £{amount} reward.",
             "The referral credit disappeared from my account."}, 0.0, 1},
           {"Referral code rejected", 0.40,
            {"My friend's order page said the code {ref} is invalid.",
             "Code worked for one friend and not for the second."}, 0.0, 1}},
          {{"Rewards paid within 30 days", "%", K::HigherIsBetter, 95, 4, 88, 93, 1.5, "Billing & Finance",
            "Referral rewards credited within 30 days of the friend going live.", -1}}},
         "Discover"},

        {{"Come back", Maturity::Reliable,
          "If I return, you remember me kindly and make it easy.",
          "Win-back offers, returning customers, reconnection.", "Retention", {"Sales & Marketing", "Billing & Finance"},
          {"Win-back offer", "Reconnect my old line"},
          6, 10, -1, 0, -1, 20, 8,
          {{"Old debt chased on return", 0.45,
            {"I came back and was asked to pay £{amount} from an account closed years ago.",
             "Rejoined on {date} and immediately got a debt letter."}, 0.0, 1},
           {"Win-back offer not honoured", 0.55,
            {"The come-back offer was £25 a month. My first bill says otherwise.",
             "Your win-back e-mail offer was refused when I phoned."}, 0.0, 1}},
          {{"Win-back conversion", "%", K::HigherIsBetter, 8, 2, 6.1, 7.4, 0.5, "Retention",
            "Former customers who accept a win-back offer.", -1}}},
         "Renew or leave"},
    };
}
// clang-format on

} // namespace

QVector<JourneyStage> journey()
{
    const QVector<demo::StageScript> demoStages = demo::stages();
    const QVector<JourneyStage> extra = extraStages();
    auto ownStage = [&](const char* name) { return JourneyStage{demoStage(demoStages, name), name}; };
    auto extraStage = [&](int i) { return extra.at(i); };
    return {ownStage("Discover"), ownStage("Join"),      ownStage("Get connected"), extraStage(0),
            extraStage(1),        ownStage("Use"),       extraStage(2),             extraStage(3),
            extraStage(4),        extraStage(5),         ownStage("Get help"),      extraStage(6),
            ownStage("Pay"),      extraStage(7),         extraStage(8),             extraStage(9),
            extraStage(10),       extraStage(11),        ownStage("Renew or leave"), extraStage(12)};
}

QVector<int> stagePriority()
{
    // The demo's seven first, then the stages most rooms name next.
    return {0, 1, 2, 5, 10, 12, 18, 8, 16, 11, 14, 15, 3, 9, 7, 6, 13, 4, 19, 17};
}

QVector<demo::DepartmentScript> departments()
{
    QVector<demo::DepartmentScript> all = demo::departments();
    all += {{"Retention", "Nadia Haddad", "Craig Munro"},
            {"Complaints & Compliance", "Victoria Osei", "Ben Kaplan"},
            {"Collections", "Imran Qureshi", "Hollie Grant"}};
    return all;
}

QVector<demo::KpiScript> commonKpis()
{
    using K = KpiDirection;
    // clang-format off
    return {
        {"%1: repeat contacts within 7 days", "%", K::LowerIsBetter, 12, 3, 16, 13.5, 1.0, "",
         "Customers who contact us again about the same thing within a week."},
        {"%1: done online without help", "%", K::HigherIsBetter, 70, 8, 58, 66, 2.0, "",
         "Journeys at this stage finished in the app or on the web without calling."},
        {"%1: complaints per 1,000 customers", "count", K::LowerIsBetter, 4, 1, 5.4, 4.5, 0.35, "",
         "Complaints about this stage per 1,000 customers in the month."},
        {"%1: follow-ups closed in 5 days", "%", K::HigherIsBetter, 90, 6, 78, 86, 2.5, "",
         "Detractor and complaint follow-ups closed within five working days."},
    };
    // clang-format on
}

QStringList csatComments(int score)
{
    if (score >= 4)
        return {QStringLiteral("Quick and easy."), QStringLiteral("Friendly and helpful."),
                QStringLiteral("Did what it said."), QString(), QString()};
    if (score == 3)
        return {QStringLiteral("Fine, nothing special."), QStringLiteral("Took a bit long."), QString()};
    return {QStringLiteral("Nobody took ownership."), QStringLiteral("Still not sorted."),
            QStringLiteral("Had to chase twice."), QString()};
}

QStringList cesComments(int score)
{
    if (score <= 2)
        return {QStringLiteral("Done in a minute."), QStringLiteral("No effort at all."), QString(), QString()};
    if (score <= 4)
        return {QStringLiteral("A few steps too many."), QString(), QString()};
    return {QStringLiteral("Had to call three times."), QStringLiteral("The form kept failing."),
            QStringLiteral("Passed between departments."), QString()};
}

QStringList agents()
{
    return {QStringLiteral("Tom Hughes"),   QStringLiteral("Priya Nair"),    QStringLiteral("Jade Wilson"),
            QStringLiteral("Marek Nowak"),  QStringLiteral("Sarah O'Neill"), QStringLiteral("Kofi Mensah"),
            QStringLiteral("Emma Clarke"),  QStringLiteral("Hassan Ali"),    QStringLiteral("Lucy Brennan"),
            QStringLiteral("David Thomas")};
}

QStringList products()
{
    return {QStringLiteral("Fibre 150"), QStringLiteral("Fibre 500"), QStringLiteral("Fibre 900"),
            QStringLiteral("Fibre 500 + TV"), QStringLiteral("Home phone")};
}

QStringList fixTitles()
{
    return {QStringLiteral("Find and remove the root cause of “%1”"),
            QStringLiteral("Weekly huddle on “%1” with the front line"),
            QStringLiteral("Tell customers up front to prevent “%1”"),
            QStringLiteral("Self-service fix for “%1”")};
}

} // namespace cr::generator
