#include "Http1PollSet.h"

#include "Logging.h"

#include <microhttpd.h> // <winsock2.h> on Windows

#include <cstddef>
#include <unordered_map>

#ifndef _WIN32
#include <sys/select.h>
#endif

namespace megaphone {

namespace {

constexpr unsigned char kRead = 1;
constexpr unsigned char kWrite = 2;
constexpr unsigned char kExcept = 4;
constexpr short kFailed = net::kPollErr | net::kPollHup | net::kPollNval;

} // namespace

#ifdef _WIN32

// Winsock's fd_set is a count and an array of sockets, FD_SETSIZE (64) long unless the
// includer says otherwise. MHD_get_fdset2 takes the real length, so these sets are as
// long as the daemon needs, with the same layout.
static_assert(offsetof(fd_set, fd_array) == sizeof(SOCKET));

class WinSocketSet
{
public:
    explicit WinSocketSet(std::size_t capacity) : m_words(capacity + 1) { clear(); }
    fd_set *get() { return reinterpret_cast<fd_set *>(m_words.data()); }
    const fd_set *get() const { return reinterpret_cast<const fd_set *>(m_words.data()); }
    unsigned capacity() const { return unsigned(m_words.size() - 1); }
    std::size_t size() const { return get()->fd_count; }
    SOCKET at(std::size_t i) const { return m_words[i + 1]; }
    void clear() { get()->fd_count = 0; }
    void add(SOCKET socket)
    {
        if (size() < capacity())
            m_words[1 + get()->fd_count++] = socket;
    }

private:
    std::vector<SOCKET> m_words; // [0]: fd_count (and padding), then fd_array
};

struct Http1PollSet::Sets
{
    explicit Sets(std::size_t capacity)
        : wantRead(capacity)
        , wantWrite(capacity)
        , wantExcept(capacity)
        , readyRead(capacity)
        , readyWrite(capacity)
        , readyExcept(capacity)
    { }
    WinSocketSet wantRead, wantWrite, wantExcept;
    WinSocketSet readyRead, readyWrite, readyExcept;
    std::unordered_map<SOCKET, std::size_t> index; // socket -> its entry
};

Http1PollSet::Http1PollSet(MHD_Daemon *daemon, int capacity)
    : m_daemon(daemon), m_sets(std::make_unique<Sets>(std::size_t(capacity) + 16))
{ }

void Http1PollSet::collect(std::vector<net::PollEntry> &entries)
{
    Sets &s = *m_sets;
    s.wantRead.clear();
    s.wantWrite.clear();
    s.wantExcept.clear();
    s.index.clear();
    m_wanted.clear();
    MHD_socket maxFd = MHD_INVALID_SOCKET;
    m_collected = MHD_get_fdset2(m_daemon, s.wantRead.get(), s.wantWrite.get(), s.wantExcept.get(),
                      &maxFd, s.wantRead.capacity())
        == MHD_YES;
    if (!m_collected) {
        qCWarning(lcHttp) << "libmicrohttpd: cannot list its sockets";
        return;
    }
    const std::size_t base = entries.size();
    const auto want = [&](SOCKET socket, short events, unsigned char kind) {
        const auto [found, added] = s.index.try_emplace(socket, entries.size() - base);
        if (added) {
            entries.push_back({ socket, events, 0 });
            m_wanted.push_back(kind);
            return;
        }
        net::PollEntry &entry = entries[base + found->second];
        entry.events = short(entry.events | events);
        m_wanted[found->second] = static_cast<unsigned char>(m_wanted[found->second] | kind);
    };
    for (std::size_t i = 0; i < s.wantRead.size(); ++i)
        want(s.wantRead.at(i), net::kPollIn, kRead);
    for (std::size_t i = 0; i < s.wantWrite.size(); ++i)
        want(s.wantWrite.at(i), net::kPollOut, kWrite);
    // Errors come with the read and write events; a socket that MHD would only check for
    // errors (it has none such on Windows) is left out: WSAPoll wants an event to poll.
    for (std::size_t i = 0; i < s.wantExcept.size(); ++i) {
        if (const auto found = s.index.find(s.wantExcept.at(i)); found != s.index.end())
            m_wanted[found->second] = static_cast<unsigned char>(m_wanted[found->second] | kExcept);
    }
}

void Http1PollSet::run(const net::PollEntry *entries, std::size_t count)
{
    if (!m_collected) {
        MHD_run(m_daemon); // selects by itself, without waiting
        return;
    }
    Sets &s = *m_sets;
    s.readyRead.clear();
    s.readyWrite.clear();
    s.readyExcept.clear();
    for (std::size_t i = 0; i < count && i < m_wanted.size(); ++i) {
        const short revents = entries[i].revents;
        const bool failed = (revents & kFailed) != 0;
        if ((m_wanted[i] & kRead) && (failed || (revents & net::kPollIn)))
            s.readyRead.add(entries[i].fd);
        if ((m_wanted[i] & kWrite) && (failed || (revents & net::kPollOut)))
            s.readyWrite.add(entries[i].fd);
        if ((m_wanted[i] & kExcept) && failed)
            s.readyExcept.add(entries[i].fd);
    }
    MHD_run_from_select(m_daemon, s.readyRead.get(), s.readyWrite.get(), s.readyExcept.get());
}

#else

struct Http1PollSet::Sets
{
    fd_set wantRead, wantWrite, wantExcept;
    fd_set readyRead, readyWrite, readyExcept;
};

Http1PollSet::Http1PollSet(MHD_Daemon *daemon, int)
    : m_daemon(daemon), m_sets(std::make_unique<Sets>())
{ }

// POSIX fd_sets are bitmaps of descriptors below FD_SETSIZE (1024): MHD refuses larger
// descriptors in this mode (MHD_add_connection fails and closes the socket).
void Http1PollSet::collect(std::vector<net::PollEntry> &entries)
{
    Sets &s = *m_sets;
    FD_ZERO(&s.wantRead);
    FD_ZERO(&s.wantWrite);
    FD_ZERO(&s.wantExcept);
    m_wanted.clear();
    MHD_socket maxFd = -1;
    m_collected
        = MHD_get_fdset2(m_daemon, &s.wantRead, &s.wantWrite, &s.wantExcept, &maxFd, FD_SETSIZE)
        == MHD_YES;
    if (!m_collected) {
        qCWarning(lcHttp) << "libmicrohttpd: cannot list its sockets";
        return;
    }
    for (int fd = 0; fd <= maxFd; ++fd) {
        short events = 0;
        unsigned char kind = 0;
        if (FD_ISSET(fd, &s.wantRead)) {
            events = short(events | net::kPollIn);
            kind = static_cast<unsigned char>(kind | kRead);
        }
        if (FD_ISSET(fd, &s.wantWrite)) {
            events = short(events | net::kPollOut);
            kind = static_cast<unsigned char>(kind | kWrite);
        }
        if (FD_ISSET(fd, &s.wantExcept)) // poll() reports errors without being asked
            kind = static_cast<unsigned char>(kind | kExcept);
        if (kind) {
            entries.push_back({ fd, events, 0 });
            m_wanted.push_back(kind);
        }
    }
}

void Http1PollSet::run(const net::PollEntry *entries, std::size_t count)
{
    if (!m_collected) {
        MHD_run(m_daemon); // selects by itself, without waiting
        return;
    }
    Sets &s = *m_sets;
    FD_ZERO(&s.readyRead);
    FD_ZERO(&s.readyWrite);
    FD_ZERO(&s.readyExcept);
    for (std::size_t i = 0; i < count && i < m_wanted.size(); ++i) {
        const short revents = entries[i].revents;
        const bool failed = (revents & kFailed) != 0;
        if ((m_wanted[i] & kRead) && (failed || (revents & net::kPollIn)))
            FD_SET(entries[i].fd, &s.readyRead);
        if ((m_wanted[i] & kWrite) && (failed || (revents & net::kPollOut)))
            FD_SET(entries[i].fd, &s.readyWrite);
        if ((m_wanted[i] & kExcept) && failed)
            FD_SET(entries[i].fd, &s.readyExcept);
    }
    MHD_run_from_select(m_daemon, &s.readyRead, &s.readyWrite, &s.readyExcept);
}

#endif

Http1PollSet::~Http1PollSet() = default;

} // namespace megaphone
