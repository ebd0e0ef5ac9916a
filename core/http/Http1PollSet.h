#pragma once

// Internal to Http1Backend: libmicrohttpd without epoll (macOS, Windows, and Linux built
// with MEGAPHONE_HTTP_NO_EPOLL). Each round of HttpServerLoop, MHD's select() sets
// (MHD_get_fdset2) become entries of the loop's poll set; after poll() the ready ones
// go back to MHD as select() sets (MHD_run_from_select).

#include "Socket.h"

#include <memory>
#include <vector>

struct MHD_Daemon;

namespace megaphone {

class Http1PollSet
{
public:
    // capacity: how many sockets MHD may have at once (its connections and its own).
    Http1PollSet(MHD_Daemon *daemon, int capacity);
    ~Http1PollSet();
    Http1PollSet(const Http1PollSet &) = delete;
    Http1PollSet &operator=(const Http1PollSet &) = delete;

    // Appends an entry for each socket MHD waits on.
    void collect(std::vector<net::PollEntry> &entries);
    // `entries`: the ones collect() appended, after poll(). Runs MHD.
    void run(const net::PollEntry *entries, std::size_t count);

private:
    struct Sets;

    MHD_Daemon *m_daemon;
    std::unique_ptr<Sets> m_sets;
    std::vector<unsigned char> m_wanted; // per collected entry: kRead | kWrite | kExcept
    bool m_collected = false;
};

} // namespace megaphone
