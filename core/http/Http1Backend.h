#pragma once

// Internal to HttpServer: HTTP/1.1 through GNU libmicrohttpd, driven by HttpServerLoop's
// thread (external polling through MHD's epoll descriptor, no listening socket of its
// own: connections come from MHD_add_connection). Asynchronous answers suspend the
// connection until the responder answers.

#include <sys/socket.h>

#include <unordered_set>

struct MHD_Daemon;

namespace megaphone {

class HttpServerLoop;
class Http1Exchange;

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

    int pollFd() const;
    int timeoutMs() const; // -1: none
    void run();
    void addConnection(int fd, const sockaddr *addr, socklen_t addrLen);

    HttpServerLoop &loop() { return m_loop; }
    void suspended(Http1Exchange *exchange) { m_suspended.insert(exchange); }
    void resumed(Http1Exchange *exchange) { m_suspended.erase(exchange); }

private:
    HttpServerLoop &m_loop;
    MHD_Daemon *m_daemon = nullptr;
    int m_pollFd = -1;
    std::unordered_set<Http1Exchange *> m_suspended;
};

} // namespace megaphone
