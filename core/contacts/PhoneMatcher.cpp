#include "PhoneMatcher.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <re2/re2.h>

#include <mutex>
#include <string>
#include <unordered_map>

namespace megaphone {

namespace {

using i18n::phonenumbers::MatcherApi;
using i18n::phonenumbers::PhoneNumberDesc;

class Re2PhoneMatcher final : public MatcherApi
{
public:
    explicit Re2PhoneMatcher(std::unique_ptr<MatcherApi> fallback) : m_fallback(std::move(fallback))
    { }

    // As libphonenumber's RegexBasedMatcher: an empty pattern matches nothing; with
    // allow_prefix_match, a match of the number's start is enough.
    bool MatchNationalNumber(const std::string &number, const PhoneNumberDesc &desc,
        bool allowPrefixMatch) const override
    {
        const std::string &pattern = desc.national_number_pattern();
        if (pattern.empty())
            return false;
        const std::shared_ptr<const RE2> regex = compiled(pattern);
        if (!regex)
            return m_fallback->MatchNationalNumber(number, desc, allowPrefixMatch);
        if (RE2::FullMatch(number, *regex))
            return true;
        re2::StringPiece input(number);
        return allowPrefixMatch && RE2::Consume(&input, *regex);
    }

private:
    // The metadata's pattern strings live as long as the PhoneNumberUtil, so their
    // addresses are stable keys. The text is still compared, in case a key is reused by
    // a pattern that was only passed in for a moment; a new entry's empty text never
    // equals a pattern (empty ones never get here). Null: RE2 cannot take the pattern.
    std::shared_ptr<const RE2> compiled(const std::string &pattern) const
    {
        const std::lock_guard lock(m_mutex); // threads rarely share an instance (PhoneUtilPool)
        Entry &entry = m_patterns[pattern.data()];
        if (entry.pattern != pattern) {
            RE2::Options options;
            options.set_encoding(RE2::Options::EncodingLatin1); // digits and ASCII patterns
            options.set_log_errors(false);
            auto regex = std::make_shared<const RE2>(pattern, options);
            entry.pattern = pattern;
            entry.compiled = regex->ok() ? std::move(regex) : nullptr;
        }
        return entry.compiled;
    }

    struct Entry
    {
        std::string pattern;
        std::shared_ptr<const RE2> compiled;
    };

    std::unique_ptr<MatcherApi> m_fallback;
    mutable std::mutex m_mutex;
    mutable std::unordered_map<const char *, Entry> m_patterns;
};

} // namespace

std::unique_ptr<MatcherApi> makeRe2PhoneMatcher(std::unique_ptr<MatcherApi> fallback)
{
    return std::make_unique<Re2PhoneMatcher>(std::move(fallback));
}

} // namespace megaphone
