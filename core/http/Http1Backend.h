#pragma once

// Internal to HttpServer: HTTP/1.1 through GNU libmicrohttpd, driven by HttpServerLoop's
// thread (external polling, no listening socket of its own: connections come from
// MHD_add_connection). On Linux the loop polls MHD's epoll descriptor; elsewhere, or
// when built with MEGAPHONE_HTTP_NO_EPOLL, MHD's select() sets (Http1PollSet).
// Asynchronous answers suspend the connection until the responder answers.

#include "Socket.h"

#include <memory>
#include <unordered_set>
#include <vector>

struct MHD_Daemon;

namespace megaphone {

class HttpServerLoop;
class Http1Exchange;
class Http1PollSet;

class Http1Backend
{
public:
    explicit Http1Backend(HttpServerLoop &loop);
    ~Http1Backend();
    Http1Backend(const Http1Backend &) = delete;
    Http1Backend &operator=(const Http1Backend &) = delete;

    bool start();
    // Resumes every suspended connection (answer: none) and stops the daemon.
    void shutdown();

    // Appends what the loop polls for MHD; after poll(), run() gets those entries back.
    void addPollEntries(std::vector<net::PollEntry> &entries);
    int timeoutMs() const; // -1: none
    void run(const net::PollEntry *entries, std::size_t count);
    void addConnection(net::Handle socket, const net::Address &peer);

    HttpServerLoop &loop() { return m_loop; }
    void suspended(Http1Exchange *exchange) { m_suspended.insert(exchange); }
    void resumed(Http1Exchange *exchange) { m_suspended.erase(exchange); }

private:
    HttpServerLoop &m_loop;
    MHD_Daemon *m_daemon = nullptr;
    net::Handle m_pollFd = net::kInvalid; // MHD's epoll descriptor
    std::unique_ptr<Http1PollSet> m_pollSet; // or its select() sets
    std::unordered_set<Http1Exchange *> m_suspended;
};

} // namespace megaphone
