#pragma once

#include <QString>

class QCoreApplication;

namespace megaphone::Translations {

// Makes `language` ("es", "pt_BR"...; empty: the system's) the language of `app`: loads
// Megaphone's and Qt's translations for it and makes it the default locale, so numbers,
// dates and times follow it too. Replaces what an earlier call installed. English plural
// forms are always loaded underneath, so a language without a translation still reads
// "1 contact", "2 contacts". Returns the language of the translation loaded as it names
// itself (e.g. "es_ES", "pt_BR"), or "en" when none matched.
QString install(QCoreApplication *app, const QString &language);

} // namespace megaphone::Translations
