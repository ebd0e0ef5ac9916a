#include "PhoneUtilPool.h"

#include <phonenumbers/phonenumberutil.h>

#ifdef MEGAPHONE_PHONEUTIL_POOL
#include <QThread>

#ifdef MEGAPHONE_PHONEUTIL_RE2
#include "PhoneMatcher.h"
#endif

#include <algorithm>
#include <mutex>
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

} // namespace megaphone
