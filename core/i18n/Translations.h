#pragma once
// Loads the user's language for Qt's own strings and ours (:/i18n, built
// from translations/*.ts into core, so the CLI and the GUI share them).

class QCoreApplication;

namespace cr {

void installTranslations(QCoreApplication& app);

} // namespace cr
