#pragma once

#include <phonenumbers/matcher_api.h>

#include <memory>

namespace megaphone {

// libphonenumber's check of a national number against a pattern of its metadata
// (PhoneNumberUtil's MatcherApi), on RE2 instead of ICU.
//
// Validating a number (GetNumberType(), and parts of Parse()) matches it against up to a
// dozen patterns. The library's own matcher looks each pattern up in a cache hashed by
// the pattern's text, under a mutex, then converts the number to UTF-16 and builds an
// ICU matcher for it: 37% of all libphonenumber time in an import (`perf`, 200,000 rows).
// This one keeps a compiled RE2 per pattern, found by the address of the pattern's text,
// and matches the digits as they are. A pattern RE2 cannot compile goes to the library's
// matcher, which is kept for that.
std::unique_ptr<i18n::phonenumbers::MatcherApi> makeRe2PhoneMatcher(
    std::unique_ptr<i18n::phonenumbers::MatcherApi> fallback);

} // namespace megaphone
