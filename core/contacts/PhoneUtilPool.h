#pragma once

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace megaphone {

// The libphonenumber instance for the calling thread.
//
// PhoneNumberUtil::GetInstance() is one object for the whole process, and every pattern
// it matches goes through its regular-expression cache under one mutex (several times a
// number). Two import threads on one instance ran only 1.3x faster than one. So the
// process keeps a few instances, built together on first use, and each thread leases
// the least used one for its lifetime; threads that overlap get different ones.
//
// Building an instance needs its private constructor. libphonenumber grants it to a
// class named PhoneNumberUtilTest (for its own unit tests, which are not part of the
// library); PhoneUtilPool.cpp defines that class. Where the build finds no such access
// (MEGAPHONE_PHONEUTIL_POOL unset), every thread gets the shared singleton. Where RE2 is
// there too, the instances match the metadata's patterns with it (PhoneMatcher.h).
i18n::phonenumbers::PhoneNumberUtil &phoneUtil();

// Whether threads get instances of their own (false: all share the singleton).
bool phoneUtilPerThread();

// PhoneNumberUtil::Parse(text, region, number), for a text of ASCII digits with at most a
// leading plus (what a cell is once its spaces, dashes, dots and brackets are gone).
//
// Parse() first runs several ICU regular expressions that find where the number starts
// and ends in free text, whether it is viable and whether it has an extension: about
// half of its time, all answered in advance for such a text. This runs the rest of
// Parse() (country code, national prefix, lengths) through the same friend as the pool,
// and hands anything out of the ordinary (a short text, an unknown region without a
// plus, a failed country code, a default region that shares its calling code with a
// main one) to Parse() itself. Where the build finds no such access
// (MEGAPHONE_PHONEUTIL_PARSE unset), it is Parse().
i18n::phonenumbers::PhoneNumberUtil::ErrorType parseDigits(
    const i18n::phonenumbers::PhoneNumberUtil &util, const std::string &text,
    const std::string &region, i18n::phonenumbers::PhoneNumber *number);

} // namespace megaphone
