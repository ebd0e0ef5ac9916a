#pragma once

namespace i18n::phonenumbers {
class PhoneNumberUtil;
}

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

} // namespace megaphone
