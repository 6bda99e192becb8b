#pragma once
// Masks personal data in text shown on a shared screen (presentation, tour,
// review agenda): e-mail addresses, phone numbers, card, account and IBAN
// numbers, customer references, street addresses and postcodes. One function, so every screen masks the same way.

#include <QString>

namespace cr {

// Each kind of finding is replaced by a bracketed word ("[e-mail]",
// "[phone]", "[card]", "[account]", "[address]", "[postcode]") so the sentence still
// reads. Dates, times, amounts and short numbers ("3 visits", "£45.99",
// "16/10/2026") are left alone.
QString maskPersonalData(const QString& text);

} // namespace cr
