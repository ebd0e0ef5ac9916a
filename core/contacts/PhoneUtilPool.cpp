#include "PhoneUtilPool.h"

#include <phonenumbers/phonenumberutil.h>

#ifdef MEGAPHONE_PHONEUTIL_POOL
#include <QThread>

#ifdef MEGAPHONE_PHONEUTIL_RE2
#include "PhoneMatcher.h"
#endif

#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <vector>

namespace i18n::phonenumbers {

// The friend PhoneNumberUtil declares for its tests: the only way to a second instance.
class PhoneNumberUtilTest
{
public:
    static PhoneNumberUtil *create()
    {
        auto *util = new PhoneNumberUtil();
#ifdef MEGAPHONE_PHONEUTIL_RE2
        std::unique_ptr<MatcherApi> own(util->matcher_api_.release());
        util->matcher_api_.reset(megaphone::makeRe2PhoneMatcher(std::move(own)).release());
#endif
        return util;
    }

#ifdef MEGAPHONE_PHONEUTIL_PARSE
    // ParseHelper() after its extraction, viability, region and extension checks, which
    // a text of digits with at most a leading plus passes, with no extension (see
    // parseDigits() in PhoneUtilPool.h). Null: hand the text to Parse().
    static std::optional<PhoneNumberUtil::ErrorType> parseDigits(const PhoneNumberUtil &util,
        const std::string &text, const std::string &region, PhoneNumber *out)
    {
        const bool plus = !text.empty() && text.front() == '+';
        if (text.size() - (plus ? 1 : 0) < 3 || (!plus && !util.IsValidRegionCode(region)))
            return std::nullopt;
        const PhoneMetadata *metadata = util.GetMetadataForRegion(region);
        std::string national(text);
        PhoneNumber number;
        if (util.MaybeExtractCountryCode(metadata, false, &national, &number)
            != PhoneNumberUtil::NO_PARSING_ERROR)
            return std::nullopt;
        int code = number.country_code();
        if (code != 0) {
            std::string numberRegion;
            util.GetRegionCodeForCountryCode(code, &numberRegion);
            if (numberRegion != region)
                metadata = util.GetMetadataForRegionOrCallingCode(code, numberRegion);
        } else if (metadata) {
            code = metadata->country_code();
        }
        if (code == 0 || !metadata)
            return std::nullopt;
        if (national.size() < kMinDigits)
            return PhoneNumberUtil::TOO_SHORT_NSN;
        std::string carrier;
        std::string stripped(national);
        util.MaybeStripNationalPrefixAndCarrierCode(*metadata, &stripped, &carrier);
        if (keepsStrippedPrefix(stripped.size(), *metadata))
            national = stripped;
        if (national.size() < kMinDigits)
            return PhoneNumberUtil::TOO_SHORT_NSN;
        if (national.size() > kMaxDigits)
            return PhoneNumberUtil::TOO_LONG_NSN;
        number.set_country_code(code);
        util.SetItalianLeadingZerosForPhoneNumber(national, &number);
        number.set_national_number(std::stoull(national));
        out->CopyFrom(number);
        return PhoneNumberUtil::NO_PARSING_ERROR;
    }

private:
    static constexpr std::size_t kMinDigits = 2; // PhoneNumberUtil::kMinLengthForNsn
    static constexpr std::size_t kMaxDigits = 17; // PhoneNumberUtil::kMaxLengthForNsn

    // Parse() keeps the number without its national prefix unless that leaves it too
    // short, a local-only length, or a length the region has no numbers of: its
    // TestNumberLength() for any type, which looks at the general lengths only.
    static bool keepsStrippedPrefix(std::size_t size, const PhoneMetadata &metadata)
    {
        const auto &general = metadata.general_desc();
        const auto &lengths = general.possible_length();
        const auto &localOnly = general.possible_length_local_only();
        const int length = int(size);
        if (lengths.empty() || lengths.Get(0) == -1)
            return false; // INVALID_LENGTH
        if (std::find(localOnly.begin(), localOnly.end(), length) != localOnly.end())
            return false; // IS_POSSIBLE_LOCAL_ONLY
        if (length < lengths.Get(0))
            return false; // TOO_SHORT
        if (length == lengths.Get(0) || length > *(lengths.end() - 1))
            return true; // IS_POSSIBLE, TOO_LONG
        return std::find(lengths.begin() + 1, lengths.end(), length) != lengths.end();
    }
#endif
};

} // namespace i18n::phonenumbers
#endif

namespace megaphone {

#ifdef MEGAPHONE_PHONEUTIL_POOL
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

class Pool
{
public:
    // All instances at once: each constructor points libphonenumber's global logger at
    // its own, so building one while another thread logs would race on that pointer.
    // They are never destroyed, so that pointer never dangles (nor does the singleton's).
    Pool()
    {
        const int count = std::clamp(QThread::idealThreadCount() + 1, 2, 9);
        for (int i = 0; i < count; ++i)
            m_utils.push_back(i18n::phonenumbers::PhoneNumberUtilTest::create());
        m_holders.assign(m_utils.size(), 0);
    }

    int acquire()
    {
        const std::lock_guard lock(m_mutex);
        const auto least = std::min_element(m_holders.begin(), m_holders.end());
        ++*least;
        return int(least - m_holders.begin());
    }

    void release(int index)
    {
        const std::lock_guard lock(m_mutex);
        --m_holders[std::size_t(index)];
    }

    PhoneNumberUtil &at(int index) const { return *m_utils[std::size_t(index)]; }

private:
    std::vector<PhoneNumberUtil *> m_utils;
    std::vector<int> m_holders;
    std::mutex m_mutex;
};

Pool &pool()
{
    static Pool *const instance = new Pool; // leaked on purpose, see Pool()
    return *instance;
}

// One thread's hold on an instance, given back when the thread ends.
struct Lease
{
    const int index = pool().acquire();
    Lease() = default;
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    ~Lease() { pool().release(index); }
};

} // namespace

i18n::phonenumbers::PhoneNumberUtil &phoneUtil()
{
    thread_local const Lease lease;
    return pool().at(lease.index);
}

bool phoneUtilPerThread()
{
    return true;
}
#else
i18n::phonenumbers::PhoneNumberUtil &phoneUtil()
{
    return *i18n::phonenumbers::PhoneNumberUtil::GetInstance(); // thread-safe, one mutex
}

bool phoneUtilPerThread()
{
    return false;
}
#endif

// MEGAPHONE_PHONEUTIL_PARSE comes only with MEGAPHONE_PHONEUTIL_POOL (CMakeLists.txt).
i18n::phonenumbers::PhoneNumberUtil::ErrorType parseDigits(
    const i18n::phonenumbers::PhoneNumberUtil &util, const std::string &text,
    const std::string &region, i18n::phonenumbers::PhoneNumber *number)
{
#ifdef MEGAPHONE_PHONEUTIL_PARSE
    if (const auto error
        = i18n::phonenumbers::PhoneNumberUtilTest::parseDigits(util, text, region, number))
        return *error;
#endif
    return util.Parse(text, region, number);
}

} // namespace megaphone
