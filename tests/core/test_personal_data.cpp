// Masking personal data on a shared screen: real-looking complaint texts,
// survey comments and call transcripts.
#include "text/PersonalData.h"

#include <catch2/catch.hpp>

using cr::maskPersonalData;

namespace {
std::string masked(const char* text)
{
    return maskPersonalData(QString::fromUtf8(text)).toStdString();
}
} // namespace

TEST_CASE("e-mail addresses are masked, including spelled-out ones", "[mask]")
{
    CHECK(masked("Please write to jane.doe+bills@example.co.uk about it.") ==
          "Please write to [e-mail] about it.");
    CHECK(masked("my email is tom (at) kestrel (dot) net thanks") == "my email is [e-mail] thanks");
    CHECK(masked("Reply to ANNA_SMITH@Mail.Example.ORG.") == "Reply to [e-mail].");
}

TEST_CASE("phone numbers in national and international styles are masked", "[mask]")
{
    CHECK(masked("Call me back on 07700 900123 after six.") == "Call me back on [phone] after six.");
    CHECK(masked("Ring +44 20 7946 0958 or (555) 123-4567.") == "Ring [phone] or [phone].");
    CHECK(masked("They called 415.555.0134 twice") == "They called [phone] twice");
    CHECK(masked("Meine Nummer: 0049 30 1234567") == "Meine Nummer: [phone]");
}

TEST_CASE("card, IBAN and account numbers are masked", "[mask]")
{
    CHECK(masked("charged to card 4111 1111 1111 1111 twice") == "charged to card [card] twice");
    CHECK(masked("card 5500-0000-0000-0004 declined") == "card [card] declined");
    CHECK(masked("IBAN GB29 NWBK 6016 1331 9268 19 was debited") == "IBAN [account] was debited");
    CHECK(masked("My account number is 12345678 and ref AB-99812") ==
          "My account number is [account] and ref [account]");
    CHECK(masked("sort code 12-34-56") == "sort code [account]");
    CHECK(masked("Kundennummer: 4711-0815 bitte") == "Kundennummer: [account] bitte");
}

TEST_CASE("postcodes are masked", "[mask]")
{
    CHECK(masked("I live at 12 High St, London SW1A 1AA and the engineer never came") ==
          "I live at [address], London [postcode] and the engineer never came");
    CHECK(masked("moved to Manchester M1 1AE last year") == "moved to Manchester [postcode] last year");
    CHECK(masked("Austin, TX 78701-1234 branch") == "Austin, TX [postcode] branch");
    CHECK(masked("my zip code: 94110") == "my zip code: [postcode]");
    CHECK(masked("PLZ 80331 München") == "PLZ [postcode] München");
}

TEST_CASE("dates, times, amounts and ordinary numbers are left alone", "[mask]")
{
    const char* ordinary[] = {
        "On 16/10/2026 at 10:30 the engineer did not come.",
        "They charged me £45.99 and then $1,200.50 on 2026-10-16.",
        "Third visit in 3 weeks, 45 minutes on hold, 2 of 5 stars.",
        "The new price is 29.99 from March 2027; I have been a customer since 2014.",
        "In XXXX I disputed the charge with XXXX XXXX (already redacted by the CFPB).",
        "Speed was 12.5 Mbps instead of 900 Mbps.",
    };
    for (const char* text : ordinary)
        CHECK(masked(text) == text);
}

TEST_CASE("a transcript line keeps its sense when masked", "[mask]")
{
    CHECK(masked("Customer: yes it's 07700 900456, and the email is sam.k@example.com, "
                 "postcode LS1 4AP, account 88213409.") ==
          "Customer: yes it's [phone], and the email is [e-mail], postcode [postcode], account [account].");
    CHECK(masked("").empty());
}

TEST_CASE("street addresses and printed customer references are masked", "[mask]")
{
    // As a caller reads them out in a recorded call.
    CHECK(masked("It's flat 4, Alder Court, 27 Mill Lane, and my reference is KF-208113.") ==
          "It's [address], and my reference is [account].");
    CHECK(masked("I live at 221B Baker Street since May") == "I live at [address] since May");
    // The word "postcode" alone is not one.
    CHECK(masked("Can I take the postcode and the house number?") == "Can I take the postcode and the house number?");
    CHECK(masked("The engineer went to flat 12 instead") == "The engineer went to [address] instead");
    CHECK(masked("Case INV2026001 is still open") == "Case [account] is still open");
    // Ordinary numbers and words stay.
    CHECK(masked("I waited 45 minutes on 3 calls in 2 weeks") == "I waited 45 minutes on 3 calls in 2 weeks");
    CHECK(masked("The 5G mast on the hill") == "The 5G mast on the hill");
    CHECK(masked("Version ISO 9001 and plan M250") == "Version ISO 9001 and plan M250");
}
