#pragma once

// Internal to HttpServer: the network thread. It owns the listening socket, accepts
// connections, peeks at their first bytes and hands HTTP/1.1 connections to
// libmicrohttpd (Http1Backend) and h2c ones to libnghttp2 (Http2Session). Both are
// driven from this one thread with poll() (WSAPoll() on Windows: Socket.h), so neither
// library is ever called from two threads; other threads talk to it only through post().

#include "HttpExchange.h"
#include "HttpServer.h"
#include "Socket.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace megaphone {

class Http1Backend;
class Http2Session;

class HttpServerLoop : public std::enable_shared_from_this<HttpServerLoop>
{
    Q_DECLARE_TR_FUNCTIONS(megaphone::HttpServer)

public:
    using Clock = std::chrono::steady_clock;
    using Dispatch
        = std::function<void(HttpServerRequest &&, std::shared_ptr<HttpResponder::State>)>;

    HttpServerLoop(const HttpServer::Limits &limits, Dispatch dispatch);
    ~HttpServerLoop();
    HttpServerLoop(const HttpServerLoop &) = delete;
    HttpServerLoop &operator=(const HttpServerLoop &) = delete;

    Result<void> listen(const QHostAddress &address, quint16 port);
    // Stops the thread and closes every connection; idempotent. Not from the network thread.
    void stop();
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }

    // Runs `command` on the network thread soon; dropped once stopped. Any thread.
    void post(std::function<void()> command);

    // For the backends, on the network thread.
    const HttpServer::Limits &limits() const { return m_limits; }
    void dispatch(HttpServerRequest &&request, std::shared_ptr<HttpExchange> exchange);
    void http1ConnectionsChanged(int delta) { m_http1Connections += delta; }

private:
    struct Pending
    {
        net::Handle fd = net::kInvalid;
        net::Address addr;
        Clock::time_point since;
        bool stalled = false; // a partial preface: wait a little before peeking again
    };

    Result<void> openSocket(const QHostAddress &address, quint16 port);
    void run();
    int pollTimeoutMs() const;
    void runCommands();
    void acceptAll();
    bool classify(Pending &pending); // true once handed over or closed
    void expireIdle();
    void teardown();
    int connectionCount() const;

    HttpServer::Limits m_limits;
    Dispatch m_dispatch;
    net::Handle m_listenFd = net::kInvalid;
    net::Handle m_wakeRead = net::kInvalid;
    net::Handle m_wakeWrite = net::kInvalid;
    quint16 m_port = 0;
    QHostAddress m_address;
    std::unique_ptr<Http1Backend> m_http1;
    std::vector<std::unique_ptr<Http2Session>> m_http2;
    std::vector<Pending> m_pending;
    int m_http1Connections = 0;
    Clock::time_point m_lastIdleCheck;
    std::thread m_thread;
    std::atomic_bool m_stopping = false;

    std::mutex m_mutex; // guards the three below
    std::vector<std::function<void()>> m_commands;
    bool m_wakePending = false;
    bool m_closed = false;
};

} // namespace megaphone
