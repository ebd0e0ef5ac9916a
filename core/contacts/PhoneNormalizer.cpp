#include "PhoneNormalizer.h"
#include "PhoneUtilPool.h"
#include "TextSplit.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <phonenumbers/phonenumberutil.h>

#include <iterator>
#include <set>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace megaphone {

namespace {

PhoneNumberUtil &util()
{
    return phoneUtil(); // this thread's instance; its methods are const
}

// Lower case, Latin accents dropped, anything but letters and digits turned into one space:
// "Côte d’Ivoire" -> "cote d ivoire". Used for country names only.
QString foldName(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    if (out.startsWith(u"the "))
        out.remove(0, 4);
    return out;
}

// ISO and calling codes, resolved once. Immutable after construction, so threads read
// it without locks.
struct CodeTables
{
    QSet<QString> supported; // "IN", "BR"...
    QHash<int, QString> byCallingCode; // 55 -> "BR" (the main region of a shared code)

    CodeTables()
    {
        std::set<std::string> regions;
        util().GetSupportedRegions(&regions);
        for (const std::string &region : regions)
            supported.insert(QString::fromStdString(region));
        std::set<int> callingCodes;
        util().GetSupportedCallingCodes(&callingCodes);
        for (const int code : callingCodes) {
            std::string region;
            util().GetRegionCodeForCountryCode(code, &region);
            const QString iso = QString::fromStdString(region);
            if (supported.contains(iso)) // skips "001", the non-geographic codes
                byCallingCode.insert(code, iso);
        }
    }
};

const CodeTables &codes()
{
    static const CodeTables instance; // thread-safe initialisation (C++11 statics)
    return instance;
}

// Country names, English and each locale's own ("brazil", "brasil" -> "BR"). Built on
// first use only (~20 ms: it walks every locale), so a country column of codes never pays.
const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> instance = [] {
        QHash<QString, QString> byName;
        const auto add = [&byName](QStringView name, const QString &iso) {
            const QString key = foldName(name);
            if (!key.isEmpty() && !byName.contains(key) && codes().supported.contains(iso))
                byName.insert(key, iso);
        };
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            add(QLocale::territoryToString(territory), QLocale::territoryToCode(territory));
        }
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &locale : locales)
            add(locale.nativeTerritoryName(), QLocale::territoryToCode(locale.territory()));
        // Names no locale spells.
        const QString aliases = u"usa=US,united states of america=US,america=US,uk=GB,"
                                u"great britain=GB,britain=GB,england=GB,scotland=GB,wales=GB,"
                                u"northern ireland=GB,uae=AE,emirates=AE,ksa=SA,saudi=SA,"
                                u"korea=KR,russia=RU,czech republic=CZ,holland=NL,turkey=TR,"
                                u"ivory coast=CI,viet nam=VN"_s;
        for (const QString &alias : aliases.split(u','))
            add(alias.section(u'=', 0, 0), alias.section(u'=', 1));
        return byName;
    }();
    return instance;
}

QString territoryName(const std::string &iso)
{
    const auto territory = QLocale::codeToTerritory(QString::fromStdString(iso));
    return territory == QLocale::AnyTerritory ? QString::fromStdString(iso)
                                              : QLocale::territoryToString(territory);
}

// QString -> UTF-8 into a reused buffer: cells are nearly always ASCII.
void toUtf8(QStringView text, std::string &out)
{
    out.clear();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out = text.toUtf8().toStdString();
            return;
        }
        out += char(c.unicode());
    }
}

bool isPlus(QChar c)
{
    return c == u'+' || c == QChar(0xFF0B); // full-width plus, as IMEs type it
}

// "9.19876E+11", "9,19876e11": what Excel shows (and saves) for a long number in a
// General-format cell. The trailing digits are lost for good.
bool looksScientific(QStringView s)
{
    static const QRegularExpression pattern(u"^\\+?\\d+(?:[.,]\\d+)?[eE]\\+?\\d+$"_s);
    return (s.contains(u'e') || s.contains(u'E')) && pattern.match(s.toString()).hasMatch();
}

int countDigits(QStringView s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

using Pieces = QVarLengthArray<QStringView, 4>;

// Splits a cell holding several numbers: " ::: " (Google), newline, ",", ";" (but not
// RFC 3966's ";ext="), "|", " or "; "/" only when every side holds a whole number, since
// "0151/12345678" is one German number.
Pieces splitCell(QStringView s)
{
    Pieces hard;
    splitAtSeparators(
        s,
        [](QStringView text, qsizetype i) -> qsizetype {
            const QChar c = text[i];
            if (c == u',' || c == u'\n' || c == u'\r' || c == u'|')
                return 1;
            if (c == u';')
                return text.sliced(i + 1).startsWith(u"ext=", Qt::CaseInsensitive) ? 0 : 1;
            if (c == u':' && i + 1 < text.size() && text[i + 1] == u':')
                return 2;
            return c == u' ' && text.sliced(i).startsWith(u" or ", Qt::CaseInsensitive) ? 4 : 0;
        },
        hard);

    Pieces out;
    for (QStringView piece : std::as_const(hard)) {
        piece = piece.trimmed();
        if (piece.isEmpty())
            continue;
        if (piece.contains(u'/')) {
            const auto parts = piece.split(u'/');
            const bool whole = std::all_of(parts.begin(), parts.end(),
                                           [](QStringView p) { return countDigits(p) >= 7; });
            if (whole) {
                for (const QStringView part : parts)
                    out.append(part.trimmed());
                continue;
            }
        }
        out.append(piece);
    }
    return out;
}

// Excel's text markers and other wrappers around a number.
QStringView unwrap(QStringView s)
{
    s = s.trimmed();
    if (s.size() >= 3 && s.startsWith(u"=\"") && s.endsWith(u'"'))
        s = s.mid(2, s.size() - 3).trimmed();
    else if (s.startsWith(u'='))
        s = s.mid(1).trimmed();
    if (s.startsWith(u'\'') || s.startsWith(QChar(0x2019)))
        s = s.mid(1).trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2).trimmed();
    if (s.startsWith(u"p:", Qt::CaseInsensitive)) // Facebook lead ads
        s = s.mid(2).trimmed();
    else if (s.startsWith(u"tel:", Qt::CaseInsensitive))
        s = s.mid(4).trimmed();
    // "919876543210.0": a number that went through a float column (pandas, Sheets).
    if (const qsizetype dot = s.lastIndexOf(u'.'); dot >= 7 && dot + 1 < s.size()) {
        const QStringView head = s.first(dot);
        const QStringView tail = s.mid(dot + 1);
        const auto isZero = [](QChar c) { return c == u'0'; };
        const auto isAsciiDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
        if (std::all_of(tail.begin(), tail.end(), isZero)
            && std::all_of(head.begin() + (isPlus(head.front()) ? 1 : 0), head.end(), isAsciiDigit))
            s = head;
    }
    return s;
}

// One candidate number, parsed.
struct Attempt
{
    PhoneNumber number;
    PhoneNumberUtil::PhoneNumberType type = PhoneNumberUtil::UNKNOWN;
    QString reason; // set when not valid
    bool readAsInternational = false; // digits without "+" that only make sense with one

    bool valid() const { return type != PhoneNumberUtil::UNKNOWN; }
    bool mobileCapable() const
    {
        return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    }
};

// Names of the number types that are kept but flagged, indexed by PhoneNumberType.
const char *const typeNames[] = {
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "landline"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "mobile"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "landline or mobile"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "toll-free"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "premium-rate"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "shared-cost"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "VoIP"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "personal (forwarding)"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "pager"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "company (UAN)"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "voicemail"),
    QT_TRANSLATE_NOOP("megaphone::PhoneNormalizer", "unknown"),
};
static_assert(std::size(typeNames) == std::size_t(PhoneNumberUtil::UNKNOWN) + 1);

// Why a parsed (or unparsable) number is not valid, in words.
QString failureReason(const Attempt &attempt, PhoneNumberUtil::ErrorType error, bool international)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return international ? PhoneNormalizer::tr("Unknown country code after the +.")
                             : PhoneNormalizer::tr("No country code could be found.");
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneNormalizer::tr("Not a phone number.");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNormalizer::tr("Too short to be a phone number.");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNormalizer::tr("Too long to be a phone number.");
    }
    const int code = attempt.number.country_code();
    std::string iso;
    util().GetRegionCodeForCountryCode(code, &iso);
    const QString where = PhoneNormalizer::tr("%1 (+%2)").arg(territoryName(iso)).arg(code);
    switch (util().IsPossibleNumberWithReason(attempt.number)) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNormalizer::tr("Unknown country code +%1.").arg(code);
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneNormalizer::tr("Too short for a number in %1.").arg(where);
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return PhoneNormalizer::tr(
                   "Too short: it looks like a local number in %1 without its area code.")
            .arg(where);
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNormalizer::tr("Too long for a number in %1.").arg(where);
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneNormalizer::tr("Wrong number of digits for a number in %1.").arg(where);
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    return international
               ? PhoneNormalizer::tr("Not a valid phone number in %1.").arg(where)
               : PhoneNormalizer::tr("Not a valid number in %1, nor in any country as written.")
                     .arg(where);
}

// "+55 (11) 91100-0000" -> "+5511911000000": ASCII digits with a leading plus,
// when the text holds nothing else but spaces, dashes, dots and brackets, which
// libphonenumber drops anyway. Its regular expressions (ICU's, run several times
// a number) then have fewer characters to walk. False for anything else.
bool compactDigits(QStringView text, std::string &out)
{
    out.clear();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            out += char(u);
        else if (u == u'+' && out.empty())
            out += '+';
        else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')')
            return false;
    }
    return true;
}

bool parseInto(QStringView text, const std::string &region, Attempt &attempt,
               PhoneNumberUtil::ErrorType &error)
{
    thread_local std::string buffer;
    attempt.number.Clear();
    if (compactDigits(text, buffer)) {
        error = parseDigits(util(), buffer, region, &attempt.number);
    } else {
        toUtf8(text, buffer);
        error = util().Parse(buffer, region, &attempt.number);
    }
    // A valid number is exactly one whose type is known: GetNumberType() runs the same
    // region and pattern checks as IsValidNumber(), so one call gives both.
    attempt.type = error == PhoneNumberUtil::NO_PARSING_ERROR ? util().GetNumberType(attempt.number)
                                                              : PhoneNumberUtil::UNKNOWN;
    return attempt.valid();
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_defaultRegion(regionFromHint(defaultRegion))
    , m_defaultRegionStd(m_defaultRegion.isEmpty() ? std::string("ZZ")
                                                   : m_defaultRegion.toStdString())
{ }

QString PhoneNormalizer::systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory)
        return {};
    const QString iso = QLocale::territoryToCode(territory);
    return isSupportedRegion(iso) ? iso : QString();
}

bool PhoneNormalizer::isSupportedRegion(const QString &region)
{
    return codes().supported.contains(region.trimmed().toUpper());
}

int PhoneNormalizer::callingCodeForRegion(const QString &region)
{
    const QString iso = region.trimmed().toUpper();
    return codes().supported.contains(iso) ? util().GetCountryCodeForRegion(iso.toStdString()) : 0;
}

QString PhoneNormalizer::regionFromHint(const QString &hint)
{
    QStringView text = QStringView(hint).trimmed();
    if (text.isEmpty())
        return {};
    const CodeTables &t = codes();
    if (text.size() == 2 && text[0].isLetter() && text[1].isLetter()) {
        const QString iso = text.toString().toUpper();
        if (t.supported.contains(iso))
            return iso;
        return names().value(text.toString().toLower()); // "UK"
    }
    // A calling code: "55", "+55", "0055", "+1-684" (the area code part is ignored).
    QStringView code = text;
    if (isPlus(code.front()))
        code = code.mid(1);
    else if (code.startsWith(u"00"))
        code = code.mid(2);
    qsizetype digits = 0;
    while (digits < code.size() && code[digits].isDigit())
        ++digits;
    if (digits > 0 && digits <= 4
        && (digits == code.size() || code[digits] == u'-' || code[digits] == u' ')) {
        bool ok = false;
        const int value = code.first(digits).toInt(&ok);
        return ok ? t.byCallingCode.value(value) : QString();
    }
    return names().value(foldName(text));
}

PhoneResult PhoneNormalizer::normalize(const QString &cell, const QString &countryHint) const
{
    PhoneResult result;
    const QStringView text = unwrap(cell);
    if (text.isEmpty()) {
        result.reason = tr("The phone cell is empty.");
        return result;
    }
    if (looksScientific(text)) {
        result.reason
            = tr("The number was damaged by Excel (shown as %1): its last digits are lost. "
                 "Format the column as Text in the original sheet and export it again.")
                  .arg(text);
        return result;
    }

    QString hintRegion;
    if (!countryHint.trimmed().isEmpty())
        hintRegion = regionFromHint(countryHint);
    std::string hintRegionStd;
    if (!hintRegion.isEmpty())
        hintRegionStd = hintRegion.toStdString();
    const std::string &region = hintRegion.isEmpty() ? m_defaultRegionStd : hintRegionStd;
    const bool haveRegion = region != "ZZ";

    const Pieces pieces = splitCell(text);
    Attempt chosen;
    Attempt firstFailure;
    bool haveValid = false;
    bool haveFailure = false;

    for (const QStringView piece : pieces) {
        Attempt attempt;
        // Where the number starts, whether it has a "+", and its leading digits.
        qsizetype first = 0;
        while (first < piece.size() && !piece[first].isDigit() && !isPlus(piece[first]))
            ++first;
        if (first == piece.size()) {
            attempt.type = PhoneNumberUtil::UNKNOWN;
            attempt.reason = tr("“%1” is not a phone number.").arg(piece);
        } else {
            const bool plus = isPlus(piece[first]);
            // Position just after a leading "00" (an international prefix in most countries).
            qsizetype afterDoubleZero = -1;
            if (!plus) {
                qsizetype i = first, zeros = 0;
                while (i < piece.size() && zeros < 2 && (piece[i].isDigit() || piece[i] == u' ')) {
                    if (piece[i].isDigit()) {
                        if (piece[i].digitValue() != 0)
                            break;
                        ++zeros;
                    }
                    ++i;
                }
                if (zeros == 2)
                    afterDoubleZero = i;
            }
            const bool leadingZero = !plus && piece[first].digitValue() == 0;
            PhoneNumberUtil::ErrorType error = PhoneNumberUtil::NO_PARSING_ERROR;
            bool ok = false;
            if (plus || haveRegion) {
                ok = parseInto(piece.mid(first), plus ? std::string("ZZ") : region, attempt, error);
                if (!ok)
                    attempt.reason = failureReason(attempt, error, plus);
            } else if (afterDoubleZero < 0) {
                attempt.type = PhoneNumberUtil::UNKNOWN;
                attempt.reason = tr("The number has no country code and no default country is set: "
                                    "choose a default country, or write numbers with + and their "
                                    "country code.");
            }
            // Not valid as a national number: read "00..." or bare digits as international
            // ("447400123456" typed without its "+"). Bare digits are taken only when they make
            // a mobile number: a mistyped national number too often reads as some foreign
            // landline ("987654321012" in India is a valid Iranian one).
            const bool viaDoubleZero = afterDoubleZero >= 0;
            if (!ok && !plus && (viaDoubleZero || (!leadingZero && haveRegion))) {
                thread_local QString international;
                international = u'+' + piece.mid(viaDoubleZero ? afterDoubleZero : first);
                Attempt retry;
                PhoneNumberUtil::ErrorType retryError;
                if (parseInto(international, std::string("ZZ"), retry, retryError)
                    && (viaDoubleZero || retry.mobileCapable())) {
                    retry.readAsInternational = !viaDoubleZero;
                    attempt = std::move(retry);
                    ok = true;
                } else if (!haveRegion) {
                    attempt = std::move(retry);
                    attempt.reason = failureReason(attempt, retryError, true);
                }
            }
        }
        if (attempt.valid()) {
            if (!haveValid || (attempt.mobileCapable() && !chosen.mobileCapable())) {
                const bool mobile = attempt.mobileCapable();
                chosen = std::move(attempt);
                haveValid = true;
                if (mobile)
                    break;
            }
        } else if (!haveFailure) {
            firstFailure = std::move(attempt);
            haveFailure = true;
        }
    }

    if (!haveValid) {
        result.reason = firstFailure.reason;
        if (!countryHint.trimmed().isEmpty() && hintRegion.isEmpty())
            result.reason
                += u' ' + tr("(The country “%1” was not recognised.)").arg(countryHint.trimmed());
        return result;
    }

    thread_local std::string buffer;
    util().Format(chosen.number, PhoneNumberUtil::E164, &buffer);
    result.e164 = QString::fromLatin1(buffer);
    util().GetRegionCodeForNumber(chosen.number, &buffer);
    result.region = QString::fromLatin1(buffer);
    result.extension = QString::fromStdString(chosen.number.extension());

    QStringList notes;
    switch (chosen.type) {
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        result.kind = PhoneResult::Kind::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
        result.kind = PhoneResult::Kind::Landline;
        notes << tr("A landline number: it may not be on WhatsApp.");
        break;
    default:
        result.kind = PhoneResult::Kind::Other;
        notes
            << tr("A %1 number: it is unlikely to be on WhatsApp.").arg(tr(typeNames[chosen.type]));
        break;
    }
    if (!result.extension.isEmpty())
        notes << tr("The number has an extension (%1), which WhatsApp cannot dial; it is kept "
                    "apart from the number.")
                     .arg(result.extension);
    if (chosen.readAsInternational)
        notes << tr("Read as an international number: the cell has its country code but no +.");
    if (pieces.size() > 1) {
        notes << (result.kind == PhoneResult::Kind::Mobile
                      ? tr("The cell holds %n numbers; the first mobile one was taken.", nullptr,
                           int(pieces.size()))
                      : tr("The cell holds %n numbers and none is a mobile number; the first valid "
                           "one was taken.",
                           nullptr, int(pieces.size())));
    }
    result.reason = notes.join(u' ');
    return result;
}

} // namespace megaphone
