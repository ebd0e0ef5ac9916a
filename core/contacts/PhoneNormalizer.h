#pragma once

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace megaphone {

// Turns what people type into phone cells into E.164 with libphonenumber.
//
// Handles national formats with a trunk 0, `+`, `00` (and the default region's own
// international prefix, e.g. `011` in the US), separators and brackets, Excel's text
// markers (`'...`, `=...`, `="..."`), Facebook lead ads' `p:` prefix, digits typed with
// the country code but without `+`, cells holding several numbers, and extensions.
// Numbers that Excel turned into scientific notation are rejected: their digits are gone.
//
// Every method is const and the object is immutable after construction, so one instance
// may serve several import threads at once. libphonenumber's headers stay out of this
// header on purpose (they pull in protobuf).
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(megaphone::PhoneNormalizer)

public:
    // `defaultRegion` is an ISO 3166 code ("IN", "br") or anything regionFromHint()
    // understands; an empty or unknown value means "no default country", and then only
    // numbers written with their country code are accepted.
    explicit PhoneNormalizer(const QString &defaultRegion = {});

    // The ISO code this instance uses for numbers without a country code ("" when none).
    QString defaultRegion() const { return m_defaultRegion; }

    // `countryHint` is the row's country column: an ISO code ("BR", "br"), a calling code
    // ("55", "+55", "0055") or an English country name ("Brazil"). When it names a
    // country it replaces the default region for this row; otherwise it is ignored.
    PhoneResult normalize(const QString &cell, const QString &countryHint = {}) const;

    // The territory of the system locale as an ISO code libphonenumber knows, or "" (the
    // C locale has no territory): there is no guessed fallback such as "US".
    static QString systemRegion();

    // ISO code for a country column's value (see normalize()), "" when not understood.
    static QString regionFromHint(const QString &hint);

    // Whether libphonenumber has metadata for this ISO region code (case-insensitive).
    static bool isSupportedRegion(const QString &region);

    // The calling code of an ISO region ("IN" -> 91), 0 when unknown.
    static int callingCodeForRegion(const QString &region);

private:
    QString m_defaultRegion;
    std::string m_defaultRegionStd; // the same, for libphonenumber ("ZZ" when none)
};

} // namespace megaphone
