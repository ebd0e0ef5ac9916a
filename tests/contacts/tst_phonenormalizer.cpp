#include "PhoneNormalizer.h"
#include "PhoneUtilPool.h"

#include <QtConcurrent>
#include <QtTest>

#include <phonenumbers/phonenumberutil.h>

#include <latch>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using megaphone::PhoneNormalizer;
using megaphone::PhoneResult;
using megaphone::phoneUtil;
using megaphone::phoneUtilPerThread;

namespace {

QString kindName(PhoneResult::Kind kind)
{
    switch (kind) {
    case PhoneResult::Kind::Mobile:
        return u"mobile"_s;
    case PhoneResult::Kind::Landline:
        return u"landline"_s;
    case PhoneResult::Kind::Other:
        return u"other"_s;
    case PhoneResult::Kind::Invalid:
        break;
    }
    return u"invalid"_s;
}

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Every region's example number of every type libphonenumber has one for, with its region.
std::vector<std::pair<std::string, PhoneNumber>> exampleNumbers()
{
    const PhoneNumberUtil &library = *PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    library.GetSupportedRegions(&regions);
    std::vector<std::pair<std::string, PhoneNumber>> examples;
    for (const std::string &region : regions) {
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber example;
            if (library.GetExampleNumberForType(
                    region, PhoneNumberUtil::PhoneNumberType(type), &example))
                examples.emplace_back(region, example);
        }
    }
    return examples;
}

bool sameNumber(const PhoneNumber &a, const PhoneNumber &b)
{
    return a.country_code() == b.country_code() && a.national_number() == b.national_number()
        && a.italian_leading_zero() == b.italian_leading_zero()
        && a.number_of_leading_zeros() == b.number_of_leading_zeros();
}

} // namespace

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void regionFromHint_data();
    void regionFromHint();
    void defaultRegion();
    void systemRegionIsKnownOrEmpty();
    void flaggedMeansLandlineOtherOrExtension();
    void sameResultsOnSeveralThreads();
    void overlappingThreadsHaveTheirOwnLibphonenumber();
    void ownInstancesAnswerAsTheSingleton();
    void parseDigitsAnswersAsParse();
};

// Every expected E.164 and type below was checked against libphonenumber 8.12 itself
// (Parse + GetNumberType), not guessed. Columns: the cell, the default region, the row's
// country hint, then the expected E.164 ("" when rejected), kind, region of the number,
// extension, and a phrase the reason must contain ("" = no reason at all).
void TestPhoneNormalizer::normalizes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("numberRegion");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("reason");

    const auto row
        = [](const char *name, const QString &cell, const QString &region, const QString &hint,
             const QString &e164, const QString &kind, const QString &numberRegion = {},
             const QString &extension = {}, const QString &reason = {}) {
              QTest::newRow(name) << cell << region << hint << e164 << kind << numberRegion
                                  << extension << reason;
          };
    const QString none;
    const QString mobile = u"mobile"_s, landline = u"landline"_s, other = u"other"_s,
                  invalid = u"invalid"_s;

    // India
    row("IN trunk 0", u"09876543210"_s, u"IN"_s, none, u"+919876543210"_s, mobile, u"IN"_s);
    row("IN spaced", u"98765 43210"_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN plus from US file", u"+91 98765-43210"_s, u"US"_s, none, u"+919876543210"_s, mobile,
        u"IN"_s);
    row("IN country code without +", u"919876543210"_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN 0091 from US file", u"0091 98765 43210"_s, u"US"_s, none, u"+919876543210"_s, mobile);
    row("IN Excel apostrophe", u"'9876543210"_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN Excel =\"...\"", u"=\"9876543210\""_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN Excel =+", u"=+919876543210"_s, none, none, u"+919876543210"_s, mobile);
    row("IN Facebook p:", u"p:+919876543210"_s, none, none, u"+919876543210"_s, mobile);
    row("IN float .0", u"919876543210.0"_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN Devanagari digits", u"९८७६५४३२१०"_s, u"IN"_s, none, u"+919876543210"_s, mobile);
    row("IN hint ISO", u"9876543210"_s, none, u"IN"_s, u"+919876543210"_s, mobile);
    row("IN hint lower-case ISO", u"9876543210"_s, u"BR"_s, u"in"_s, u"+919876543210"_s, mobile);
    row("IN hint calling code", u"9876543210"_s, none, u"91"_s, u"+919876543210"_s, mobile);
    row("IN hint +calling code", u"9876543210"_s, u"BR"_s, u"+91"_s, u"+919876543210"_s, mobile);
    row("IN hint 00 calling code", u"9876543210"_s, u"BR"_s, u"0091"_s, u"+919876543210"_s, mobile);
    row("IN hint name", u"9876543210"_s, none, u"India"_s, u"+919876543210"_s, mobile);
    row("IN hint with number already international", u"919876543210"_s, none, u"91"_s,
        u"+919876543210"_s, mobile);
    row("IN fixed-or-mobile counts as mobile", u"+91 74104 10123"_s, none, none, u"+917410410123"_s,
        mobile);
    row("IN toll free", u"1800 123 456"_s, u"IN"_s, none, u"+911800123456"_s, other, u"IN"_s, none,
        u"toll-free"_s);
    row("IN too short", u"98765"_s, u"IN"_s, none, none, invalid, none, none, u"too short"_s);
    row("IN two digits", u"12"_s, u"IN"_s, none, none, invalid, none, none, u"too short"_s);
    row("IN too long", u"98765432109876543210"_s, u"IN"_s, none, none, invalid, none, none,
        u"too long"_s);
    // 12 digits: not Indian; "+987654321012" would be an Iranian landline, which is not taken.
    row("IN typo not read as foreign landline", u"987654321012"_s, u"IN"_s, none, none, invalid,
        none, none, u"not a valid number in India"_s);
    row("IN invalid range with +", u"+91 55555 55555"_s, none, none, none, invalid, none, none,
        u"not a valid phone number in India"_s);
    row("IN Excel scientific", u"9.19876E+11"_s, u"IN"_s, none, none, invalid, none, none,
        u"Excel"_s);
    row("IN Excel scientific comma", u"9,19876E+11"_s, none, none, none, invalid, none, none,
        u"Excel"_s);
    row("IN Excel scientific lower", u"9.19877e11"_s, u"IN"_s, none, none, invalid, none, none,
        u"Excel"_s);

    // Brazil: 9th digit mobiles, landlines, carrier codes
    row("BR mobile", u"(11) 96123-4567"_s, u"BR"_s, none, u"+5511961234567"_s, mobile, u"BR"_s);
    row("BR mobile plain", u"11 96123 4567"_s, u"BR"_s, none, u"+5511961234567"_s, mobile);
    row("BR landline", u"(11) 2345-6789"_s, u"BR"_s, none, u"+551123456789"_s, landline, u"BR"_s,
        none, u"landline"_s);
    row("BR plus from IN file", u"+55 11 96123-4567"_s, u"IN"_s, none, u"+5511961234567"_s, mobile);
    row("BR carrier code", u"0 21 11 96123 4567"_s, u"BR"_s, none, u"+5511961234567"_s, mobile);
    row("BR 0055", u"0055 11 96123 4567"_s, u"BR"_s, none, u"+5511961234567"_s, mobile);
    row("BR old 8-digit mobile", u"11 6123-4567"_s, u"BR"_s, none, none, invalid, none, none,
        u"not a valid number in Brazil"_s);
    row("BR hint ISO over default", u"11961234567"_s, u"US"_s, u"BR"_s, u"+5511961234567"_s,
        mobile);
    row("BR hint calling code", u"11961234567"_s, none, u"55"_s, u"+5511961234567"_s, mobile);
    row("BR hint native name", u"11961234567"_s, none, u"Brasil"_s, u"+5511961234567"_s, mobile);
    row("BR toll free", u"0800 123 456"_s, u"BR"_s, none, u"+55800123456"_s, other, none, none,
        u"toll-free"_s);

    // United Kingdom
    row("GB mobile", u"07400 123456"_s, u"GB"_s, none, u"+447400123456"_s, mobile, u"GB"_s);
    row("GB +44 (0)", u"+44 (0) 7400 123456"_s, u"US"_s, none, u"+447400123456"_s, mobile);
    row("GB 0044", u"0044 7400 123456"_s, u"GB"_s, none, u"+447400123456"_s, mobile);
    row("GB country code without +", u"447400123456"_s, u"GB"_s, none, u"+447400123456"_s, mobile);
    row("GB without + in US file", u"447400123456"_s, u"US"_s, none, u"+447400123456"_s, mobile,
        u"GB"_s, none, u"international"_s);
    row("GB Ofcom drama range", u"07700 900123"_s, u"GB"_s, none, none, invalid, none, none,
        u"not a valid number in United Kingdom"_s);
    row("GB landline", u"0121 234 5678"_s, u"GB"_s, none, u"+441212345678"_s, landline, u"GB"_s,
        none, u"landline"_s);
    row("GB freephone", u"0800 123 4567"_s, u"GB"_s, none, u"+448001234567"_s, other, none, none,
        u"toll-free"_s);
    row("GB VoIP", u"056 1234 5678"_s, u"GB"_s, none, u"+445612345678"_s, other, none, none,
        u"VoIP"_s);
    row("GB pager", u"076 4012 3456"_s, u"GB"_s, none, u"+447640123456"_s, other, none, none,
        u"pager"_s);
    row("GB hint UK alias", u"07400 123456"_s, none, u"UK"_s, u"+447400123456"_s, mobile);

    // United States and Canada (FIXED_LINE_OR_MOBILE is mobile-capable)
    row("US brackets", u"(201) 555-0123"_s, u"US"_s, none, u"+12015550123"_s, mobile, u"US"_s);
    row("US dots", u"201.555.0123"_s, u"US"_s, none, u"+12015550123"_s, mobile);
    row("US slash inside one number", u"201/555-0123"_s, u"US"_s, none, u"+12015550123"_s, mobile);
    row("US leading 1", u"1-201-555-0123"_s, u"US"_s, none, u"+12015550123"_s, mobile);
    row("US extension x", u"+1 201 555 0123 x123"_s, none, none, u"+12015550123"_s, mobile, u"US"_s,
        u"123"_s, u"extension"_s);
    row("US extension ext.", u"201-555-0123 ext. 45"_s, u"US"_s, none, u"+12015550123"_s, mobile,
        none, u"45"_s, u"extension"_s);
    row("US RFC 3966 ext", u"tel:+1-201-555-0123;ext=456"_s, none, none, u"+12015550123"_s, mobile,
        none, u"456"_s, u"extension"_s);
    row("US 011 to UK", u"011 44 7400 123456"_s, u"US"_s, none, u"+447400123456"_s, mobile,
        u"GB"_s);
    row("US 00 to UK", u"00 44 7400 123456"_s, u"US"_s, none, u"+447400123456"_s, mobile, u"GB"_s);
    row("US local only", u"555-0123"_s, u"US"_s, none, none, invalid, none, none, u"area code"_s);
    row("US toll free", u"1-800-234-5678"_s, u"US"_s, none, u"+18002345678"_s, other, none, none,
        u"toll-free"_s);
    row("US invalid area code", u"+1 123 456 7890"_s, none, none, none, invalid, none, none,
        u"not a valid phone number in United States"_s);
    row("US hint 1", u"2015550123"_s, none, u"1"_s, u"+12015550123"_s, mobile);
    row("US hint USA", u"2015550123"_s, none, u"USA"_s, u"+12015550123"_s, mobile);
    row("CA region", u"+1 (506) 234-5678"_s, none, none, u"+15062345678"_s, mobile, u"CA"_s);

    // Germany
    row("DE mobile", u"0151 23456789"_s, u"DE"_s, none, u"+4915123456789"_s, mobile, u"DE"_s);
    row("DE slash", u"0151/23456789"_s, u"DE"_s, none, u"+4915123456789"_s, mobile);
    row("DE +49 (0)", u"+49 (0)151 2345 6789"_s, u"US"_s, none, u"+4915123456789"_s, mobile);
    row("DE landline", u"030 123456"_s, u"DE"_s, none, u"+4930123456"_s, landline, none, none,
        u"landline"_s);
    row("DE 0049 landline", u"0049 30 123456"_s, u"DE"_s, none, u"+4930123456"_s, landline, none,
        none, u"landline"_s);
    row("DE hint over IN", u"01512 3456789"_s, u"IN"_s, u"DE"_s, u"+4915123456789"_s, mobile);
    row("DE hint Deutschland", u"01512 3456789"_s, none, u"Deutschland"_s, u"+4915123456789"_s,
        mobile);
    row("DE premium", u"0900 1 234567"_s, u"DE"_s, none, u"+499001234567"_s, other, none, none,
        u"premium-rate"_s);

    // Indonesia
    row("ID 08xx", u"0812-3456-7890"_s, u"ID"_s, none, u"+6281234567890"_s, mobile, u"ID"_s);
    row("ID plus", u"+62 812 3456 7890"_s, none, none, u"+6281234567890"_s, mobile);
    row("ID country code without +", u"6281234567890"_s, u"ID"_s, none, u"+6281234567890"_s,
        mobile);
    row("ID landline", u"(021) 8350123"_s, u"ID"_s, none, u"+62218350123"_s, landline, none, none,
        u"landline"_s);

    // Mexico: the old "1" after 52 and the old 044/01 prefixes are dropped by libphonenumber
    row("MX +52 1", u"+52 1 222 123 4567"_s, none, none, u"+522221234567"_s, mobile, u"MX"_s);
    row("MX national", u"222 123 4567"_s, u"MX"_s, none, u"+522221234567"_s, mobile);
    row("MX old 044", u"044 222 123 4567"_s, u"MX"_s, none, u"+522221234567"_s, mobile);
    row("MX old 01", u"01 222 123 4567"_s, u"MX"_s, none, u"+522221234567"_s, mobile);
    row("MX 521 without +", u"5215512345678"_s, u"MX"_s, none, u"+525512345678"_s, mobile);

    // Nigeria (international prefix 009)
    row("NG mobile", u"0802 123 4567"_s, u"NG"_s, none, u"+2348021234567"_s, mobile, u"NG"_s);
    row("NG plus", u"+234 802 123 4567"_s, none, none, u"+2348021234567"_s, mobile);
    row("NG country code without +", u"234 802 123 4567"_s, u"NG"_s, none, u"+2348021234567"_s,
        mobile);
    row("NG 00234", u"00234 802 123 4567"_s, u"NG"_s, none, u"+2348021234567"_s, mobile);
    row("NG landline", u"01 804 0123"_s, u"NG"_s, none, u"+23418040123"_s, landline, none, none,
        u"landline"_s);

    // Spain
    row("ES mobile", u"612 34 56 78"_s, u"ES"_s, none, u"+34612345678"_s, mobile, u"ES"_s);
    row("ES plus dashes", u"+34 612-34-56-78"_s, u"GB"_s, none, u"+34612345678"_s, mobile);
    row("ES 0034", u"0034 612345678"_s, u"ES"_s, none, u"+34612345678"_s, mobile);
    row("ES landline", u"810 12 34 56"_s, u"ES"_s, none, u"+34810123456"_s, landline, none, none,
        u"landline"_s);
    row("ES hint 34 over IN", u"612 34 56 78"_s, u"IN"_s, u"34"_s, u"+34612345678"_s, mobile);
    row("ES hint España", u"612 34 56 78"_s, none, u"España"_s, u"+34612345678"_s, mobile);

    // United Arab Emirates
    row("AE mobile", u"050 123 4567"_s, u"AE"_s, none, u"+971501234567"_s, mobile, u"AE"_s);
    row("AE plus", u"+971 50 123 4567"_s, none, none, u"+971501234567"_s, mobile);
    row("AE Arabic-Indic digits", u"٠٥٠١٢٣٤٥٦٧"_s, u"AE"_s, none, u"+971501234567"_s, mobile);
    row("AE landline", u"02 234 5678"_s, u"AE"_s, none, u"+97122345678"_s, landline, none, none,
        u"landline"_s);
    row("AE UAN", u"600 212345"_s, u"AE"_s, none, u"+971600212345"_s, other, none, none, u"UAN"_s);
    row("AE hint UAE", u"0501234567"_s, none, u"UAE"_s, u"+971501234567"_s, mobile);
    row("AE 00971", u"00971501234567"_s, u"AE"_s, none, u"+971501234567"_s, mobile);

    // Saudi Arabia ("011" is Riyadh, not an international prefix)
    row("SA mobile", u"051 234 5678"_s, u"SA"_s, none, u"+966512345678"_s, mobile, u"SA"_s);
    row("SA plus", u"+966 51 234 5678"_s, none, none, u"+966512345678"_s, mobile);
    row("SA hint 966", u"0512345678"_s, none, u"966"_s, u"+966512345678"_s, mobile);
    row("SA Riyadh 011", u"011 234 5678"_s, u"SA"_s, none, u"+966112345678"_s, landline, none, none,
        u"landline"_s);

    // South Africa
    row("ZA mobile", u"071 123 4567"_s, u"ZA"_s, none, u"+27711234567"_s, mobile, u"ZA"_s);
    row("ZA plus", u"+27 71 123 4567"_s, none, none, u"+27711234567"_s, mobile);
    row("ZA country code without +", u"27711234567"_s, u"ZA"_s, none, u"+27711234567"_s, mobile);
    row("ZA landline", u"010 123 4567"_s, u"ZA"_s, none, u"+27101234567"_s, landline, none, none,
        u"landline"_s);
    row("ZA VoIP", u"087 123 4567"_s, u"ZA"_s, none, u"+27871234567"_s, other, none, none,
        u"VoIP"_s);

    // Pakistan
    row("PK mobile", u"0301 2345678"_s, u"PK"_s, none, u"+923012345678"_s, mobile, u"PK"_s);
    row("PK plus", u"+92 301 2345678"_s, none, none, u"+923012345678"_s, mobile);
    row("PK landline", u"(021) 23456789"_s, u"PK"_s, none, u"+922123456789"_s, landline, none, none,
        u"landline"_s);
    row("PK hint", u"03012345678"_s, none, u"PK"_s, u"+923012345678"_s, mobile);

    // Kenya
    row("KE mobile", u"0712 123456"_s, u"KE"_s, none, u"+254712123456"_s, mobile, u"KE"_s);
    row("KE country code without +", u"254712123456"_s, u"KE"_s, none, u"+254712123456"_s, mobile);
    row("KE plus", u"+254 712 123 456"_s, none, none, u"+254712123456"_s, mobile);
    row("KE hint name", u"0712123456"_s, none, u"Kenya"_s, u"+254712123456"_s, mobile);

    // France, Italy (a kept leading zero), Argentina (mobile "9" and "15")
    row("FR mobile", u"06 12 34 56 78"_s, u"FR"_s, none, u"+33612345678"_s, mobile, u"FR"_s);
    row("FR plus", u"+33 6 12 34 56 78"_s, none, none, u"+33612345678"_s, mobile);
    row("FR 0033", u"0033 6 12 34 56 78"_s, u"FR"_s, none, u"+33612345678"_s, mobile);
    row("FR landline", u"01 23 45 67 89"_s, u"FR"_s, none, u"+33123456789"_s, landline, none, none,
        u"landline"_s);
    row("FR VoIP", u"09 12 34 56 78"_s, u"FR"_s, none, u"+33912345678"_s, other, none, none,
        u"VoIP"_s);
    row("IT mobile", u"312 345 6789"_s, u"IT"_s, none, u"+393123456789"_s, mobile, u"IT"_s);
    row("IT landline keeps 0", u"02 1234 5678"_s, u"IT"_s, none, u"+390212345678"_s, landline, none,
        none, u"landline"_s);
    row("AR mobile 011 15", u"011 15-2345-6789"_s, u"AR"_s, none, u"+5491123456789"_s, mobile,
        u"AR"_s);

    // Several numbers in one cell
    row("multi Google :::", u"+91 98765 43210 ::: +91 91234 56789"_s, u"IN"_s, none,
        u"+919876543210"_s, mobile, none, none, u"2 numbers"_s);
    row("multi mobile second", u"0121 234 5678 ::: 07400 123456"_s, u"GB"_s, none,
        u"+447400123456"_s, mobile, none, none, u"first mobile"_s);
    row("multi no mobile", u"0121 234 5678, 030 1234 5678"_s, u"GB"_s, none, u"+441212345678"_s,
        landline, none, none, u"none is a mobile"_s);
    row("multi slash", u"020 7946 0958 / 07400 123456"_s, u"GB"_s, none, u"+447400123456"_s, mobile,
        none, none, u"2 numbers"_s);
    row("multi or", u"9876543210 or 9123456789"_s, u"IN"_s, none, u"+919876543210"_s, mobile, none,
        none, u"2 numbers"_s);
    row("multi newline", u"9876543210\n9123456789"_s, u"IN"_s, none, u"+919876543210"_s, mobile,
        none, none, u"2 numbers"_s);
    row("multi semicolon", u"9876543210; 9123456789"_s, u"IN"_s, none, u"+919876543210"_s, mobile,
        none, none, u"2 numbers"_s);
    row("multi junk first", u"n/a, 9876543210"_s, u"IN"_s, none, u"+919876543210"_s, mobile, none,
        none, u"2 numbers"_s);
    row("multi all invalid", u"12345, 67890"_s, u"IN"_s, none, none, invalid, none, none,
        u"too short"_s);

    // Rejections
    row("empty", QString(), u"IN"_s, none, none, invalid, none, none, u"empty"_s);
    row("blank", u"   "_s, u"IN"_s, none, none, invalid, none, none, u"empty"_s);
    row("empty Excel wrapper", u"=\"\""_s, u"IN"_s, none, none, invalid, none, none, u"empty"_s);
    row("n/a", u"n/a"_s, u"IN"_s, none, none, invalid, none, none, u"not a phone number"_s);
    row("words", u"call me"_s, u"IN"_s, none, none, invalid, none, none, u"not a phone number"_s);
    row("plus alone", u"+"_s, none, none, none, invalid, none, none, u"not a phone number"_s);
    row("unknown country code", u"+999 1234567"_s, none, none, none, invalid, none, none,
        u"unknown country code"_s);
    row("no default country", u"(201) 555-0123"_s, none, none, none, invalid, none, none,
        u"choose a default country"_s);
    row("no default country, digits with code", u"254712123456"_s, none, none, none, invalid, none,
        none, u"choose a default country"_s);
    row("no default country, 00 is enough", u"00254712123456"_s, none, none, u"+254712123456"_s,
        mobile);
    row("unrecognised hint", u"9876543210"_s, none, u"Narnia"_s, none, invalid, none, none,
        u"“Narnia” was not recognised"_s);
}

void TestPhoneNormalizer::normalizes()
{
    QFETCH(QString, cell);
    QFETCH(QString, region);
    QFETCH(QString, hint);
    QFETCH(QString, reason);

    const PhoneNormalizer normalizer(region);
    const PhoneResult result = normalizer.normalize(cell, hint);
    QTEST(result.e164, "e164");
    QTEST(kindName(result.kind), "kind");
    QTEST(result.extension, "extension");
    QFETCH(QString, numberRegion);
    if (!numberRegion.isEmpty())
        QCOMPARE(result.region, numberRegion);
    QCOMPARE(result.ok(), !result.e164.isEmpty());
    if (reason.isEmpty())
        QVERIFY2(result.reason.isEmpty(), qPrintable(result.reason));
    else
        QVERIFY2(result.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.reason));
}

void TestPhoneNormalizer::regionFromHint_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("region");
    const auto row = [](const QString &hint, const QString &region) {
        QTest::newRow(qPrintable(hint.isEmpty() ? u"(empty)"_s : hint)) << hint << region;
    };
    row(u"BR"_s, u"BR"_s);
    row(u"br"_s, u"BR"_s);
    row(u" In "_s, u"IN"_s);
    row(u"55"_s, u"BR"_s);
    row(u"+55"_s, u"BR"_s);
    row(u"0055"_s, u"BR"_s);
    row(u"1"_s, u"US"_s);
    row(u"+1-684"_s, u"US"_s);
    row(u"44"_s, u"GB"_s);
    row(u"971"_s, u"AE"_s);
    row(u"India"_s, u"IN"_s);
    row(u"brazil"_s, u"BR"_s);
    row(u"United States"_s, u"US"_s);
    row(u"United Kingdom"_s, u"GB"_s);
    row(u"Deutschland"_s, u"DE"_s);
    row(u"México"_s, u"MX"_s);
    row(u"Mexico"_s, u"MX"_s);
    row(u"South Africa"_s, u"ZA"_s);
    row(u"Saudi Arabia"_s, u"SA"_s);
    row(u"KSA"_s, u"SA"_s);
    row(u"United Arab Emirates"_s, u"AE"_s);
    row(u"XX"_s, QString());
    row(u"999"_s, QString());
    row(u"800"_s, QString()); // a non-geographic code (international freephone)
    row(u"Narnia"_s, QString());
    row(QString(), QString());
}

void TestPhoneNormalizer::regionFromHint()
{
    QFETCH(QString, hint);
    QTEST(PhoneNormalizer::regionFromHint(hint), "region");
}

void TestPhoneNormalizer::defaultRegion()
{
    QCOMPARE(PhoneNormalizer(u"in"_s).defaultRegion(), u"IN"_s);
    QCOMPARE(PhoneNormalizer(u"XX"_s).defaultRegion(), QString());
    QCOMPARE(PhoneNormalizer().defaultRegion(), QString());
    QVERIFY(PhoneNormalizer::isSupportedRegion(u"ng"_s));
    QVERIFY(!PhoneNormalizer::isSupportedRegion(u"ZZ"_s));
    QCOMPARE(PhoneNormalizer::callingCodeForRegion(u"IN"_s), 91);
    QCOMPARE(PhoneNormalizer::callingCodeForRegion(u"XX"_s), 0);
}

void TestPhoneNormalizer::systemRegionIsKnownOrEmpty()
{
    const QString region = PhoneNormalizer::systemRegion();
    QVERIFY2(region.isEmpty() || PhoneNormalizer::isSupportedRegion(region), qPrintable(region));
    QVERIFY(region != u"ZZ"_s);
}

void TestPhoneNormalizer::flaggedMeansLandlineOtherOrExtension()
{
    const PhoneNormalizer normalizer(u"GB"_s);
    QVERIFY(!normalizer.normalize(u"07400 123456"_s).flagged());
    QVERIFY(normalizer.normalize(u"0121 234 5678"_s).flagged());
    QVERIFY(normalizer.normalize(u"0800 123 4567"_s).flagged());
    QVERIFY(normalizer.normalize(u"07400 123456 ext 12"_s).flagged());
    QVERIFY(!normalizer.normalize(u"(201) 555-0123"_s, u"US"_s).flagged()); // FIXED_LINE_OR_MOBILE
}

// One normalizer, several threads at once (the importer's workers): same answers as one thread.
void TestPhoneNormalizer::sameResultsOnSeveralThreads()
{
    const PhoneNormalizer normalizer(u"IN"_s);
    QStringList cells;
    for (int i = 0; i < 4000; ++i) {
        cells << u"98%1"_s.arg(10000000 + i * 7919 % 89999999) << u"+44 7400 %1"_s.arg(100000 + i)
              << u"0151 %1"_s.arg(20000000 + i) << u"+1 201 555 %1"_s.arg(1000 + i % 9000)
              << u"bad %1"_s.arg(i);
    }
    QStringList expected;
    for (const QString &cell : std::as_const(cells)) {
        const PhoneResult r
            = normalizer.normalize(cell, cell.startsWith(u"0151") ? u"DE"_s : QString());
        expected << r.e164 + u'|' + r.reason;
    }
    const QStringList parallel
        = QtConcurrent::blockingMapped(cells, [&normalizer](const QString &cell) {
              const PhoneResult r
                  = normalizer.normalize(cell, cell.startsWith(u"0151") ? u"DE"_s : QString());
              return QString(r.e164 + u'|' + r.reason);
          });
    QCOMPARE(parallel, expected);
}

// Two threads alive at once never share a libphonenumber instance (and its cache's mutex).
void TestPhoneNormalizer::overlappingThreadsHaveTheirOwnLibphonenumber()
{
    if (!phoneUtilPerThread())
        QSKIP("This build shares libphonenumber's singleton between threads.");
    std::latch bothHoldOne(2);
    const void *held[2] = {};
    const auto hold = [&](int i) {
        held[i] = &phoneUtil();
        bothHoldOne.arrive_and_wait();
    };
    std::thread first(hold, 0);
    std::thread second(hold, 1);
    first.join();
    second.join();
    QVERIFY(held[0]);
    QVERIFY(held[1]);
    QVERIFY(held[0] != held[1]);
}

// The instances of the pool match patterns on RE2 where the build has it (PhoneMatcher.h);
// the library's singleton on ICU. Every region's example number of every type, and the
// same with a digit more, a digit less and its last digit changed, read in national
// format: both give the same number, type, validity, possibility and region.
void TestPhoneNormalizer::ownInstancesAnswerAsTheSingleton()
{
    if (!phoneUtilPerThread())
        QSKIP("This build shares libphonenumber's singleton between threads.");
    const PhoneNumberUtil &library = *PhoneNumberUtil::GetInstance();
    const PhoneNumberUtil &own = phoneUtil();
    QVERIFY(&own != &library);

    const auto examples = exampleNumbers();
    QVERIFY(examples.size() > 1000);
    int compared = 0;
    for (const auto &[region, example] : examples) {
        std::string national;
        library.Format(example, PhoneNumberUtil::NATIONAL, &national);
        const std::string digits = std::to_string(example.national_number());
        const char changed = char('0' + (digits.back() - '0' + 3) % 10);
        const std::string shorter = national.substr(0, national.size() - 1);
        for (const std::string &text : { national, national + '7', shorter, shorter + changed,
                 '+' + std::to_string(example.country_code()) + digits }) {
            PhoneNumber fromLibrary;
            PhoneNumber fromOwn;
            const auto libraryError = library.Parse(text, region, &fromLibrary);
            QCOMPARE(own.Parse(text, region, &fromOwn), libraryError);
            if (libraryError != PhoneNumberUtil::NO_PARSING_ERROR)
                continue;
            const QByteArray what = QByteArray::fromStdString(region + ' ' + text);
            QVERIFY2(sameNumber(fromOwn, fromLibrary), what.constData());
            QVERIFY2(
                own.GetNumberType(fromOwn) == library.GetNumberType(fromLibrary), what.constData());
            QVERIFY2(
                own.IsValidNumber(fromOwn) == library.IsValidNumber(fromLibrary), what.constData());
            QVERIFY2(own.IsPossibleNumberWithReason(fromOwn)
                    == library.IsPossibleNumberWithReason(fromLibrary),
                what.constData());
            std::string ownRegion;
            std::string libraryRegion;
            own.GetRegionCodeForNumber(fromOwn, &ownRegion);
            library.GetRegionCodeForNumber(fromLibrary, &libraryRegion);
            QVERIFY2(ownRegion == libraryRegion, what.constData());
            ++compared;
        }
    }
    QVERIFY(compared > 5000);
}

// parseDigits() against the library's Parse(): every region's example numbers written as
// a cell's digits can be (national with its prefix, national significant, with the
// calling code with and without a plus, after 00, a digit more or less), read with their
// region and five others as the default (no region, the US, Guernsey, which shares +44
// with the UK, India, Italy, whose numbers keep a leading zero); and texts too short, too
// long or with unknown calling codes, read with every region.
void TestPhoneNormalizer::parseDigitsAnswersAsParse()
{
    const PhoneNumberUtil &library = *PhoneNumberUtil::GetInstance();
    const PhoneNumberUtil &own = phoneUtil();
    int compared = 0;
    const auto compare = [&](const std::string &text, const std::string &region) {
        PhoneNumber fromLibrary;
        PhoneNumber fromOwn;
        const auto expected = library.Parse(text, region, &fromLibrary);
        const auto actual = megaphone::parseDigits(own, text, region, &fromOwn);
        const QByteArray what = QByteArray::fromStdString(region + " \"" + text + '"');
        QVERIFY2(actual == expected, what.constData());
        QVERIFY2(sameNumber(fromOwn, fromLibrary), what.constData());
        ++compared;
    };

    std::set<std::string> regions;
    library.GetSupportedRegions(&regions);
    for (const std::string &region : regions) {
        for (const char *text :
            { "", "+", "1", "12", "+12", "123", "+123", "0000000", "+999123456789", "+0123456789",
                "00", "0044", "123456789012345678901", "+4400000000000000000" })
            compare(text, region);
    }
    for (const auto &[region, example] : exampleNumbers()) {
        std::string national;
        library.Format(example, PhoneNumberUtil::NATIONAL, &national);
        std::erase_if(national, [](char c) { return c < '0' || c > '9'; });
        std::string nsn;
        library.GetNationalSignificantNumber(example, &nsn);
        const std::string code = std::to_string(example.country_code());
        for (const std::string &written : { national, nsn, code + nsn, "00" + code + nsn }) {
            for (const std::string &text :
                { written, '+' + written, written + '5', written.substr(0, written.size() - 1) }) {
                for (const std::string &other : { region, std::string("ZZ"), std::string("US"),
                         std::string("GG"), std::string("IN"), std::string("IT") })
                    compare(text, other);
            }
        }
    }
    QVERIFY(compared > 50000);
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
