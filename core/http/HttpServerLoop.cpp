#include "HttpServerLoop.h"

#include "Http1Backend.h"
#include "Http2Session.h"
#include "Logging.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr char kPreface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
constexpr int kPrefaceSize = 24;
constexpr int kStalledRetryMs = 20;

bool retryLater(int error)
{
    const net::Failure failure = net::classify(error);
    return failure == net::Failure::WouldBlock || failure == net::Failure::Interrupted;
}

} // namespace

HttpServerLoop::HttpServerLoop(const HttpServer::Limits &limits, Dispatch dispatch)
    : m_limits(limits), m_dispatch(std::move(dispatch))
{ }

HttpServerLoop::~HttpServerLoop()
{
    stop();
}

Result<void> HttpServerLoop::listen(const QHostAddress &address, quint16 port)
{
    if (const int error = net::startup(); error != 0)
        return makeError(u"listen-failed"_s,
            tr("Cannot start the HTTP server: %1").arg(net::errorText(error)));
    if (auto opened = openSocket(address, port); !opened)
        return opened;
    if (!net::openWakePair(&m_wakeRead, &m_wakeWrite)) {
        const int error = net::lastError();
        teardown();
        return makeError(u"listen-failed"_s,
            tr("Cannot start the HTTP server: %1").arg(net::errorText(error)));
    }
    m_http1 = std::make_unique<Http1Backend>(*this);
    if (!m_http1->start()) {
        teardown();
        return makeError(
            u"listen-failed"_s, tr("Cannot start the HTTP/1.1 engine (libmicrohttpd)."));
    }
    m_lastIdleCheck = Clock::now();
    m_thread = std::thread([this] { run(); });
    return {};
}

Result<void> HttpServerLoop::openSocket(const QHostAddress &address, quint16 port)
{
    const QString where = address.toString() + u':' + QString::number(port);
    const net::Listener listener = net::listenOn(address, port, 1024);
    m_listenFd = listener.socket;
    if (m_listenFd == net::kInvalid) {
        const int error = listener.error;
        if (!listener.opened)
            return makeError(u"listen-failed"_s,
                tr("Cannot open a socket for %1: %2").arg(where, net::errorText(error)));
        switch (net::classify(error)) {
        case net::Failure::AddressInUse:
            return makeError(u"port-in-use"_s,
                tr("Port %1 on %2 is already in use.").arg(port).arg(address.toString()));
        case net::Failure::AccessDenied:
            return makeError(u"port-denied"_s, tr("Not allowed to listen on %1.").arg(where));
        case net::Failure::AddressNotAvailable:
            return makeError(u"address-unavailable"_s,
                tr("The address %1 is not on this machine.").arg(address.toString()));
        default:
            return makeError(u"listen-failed"_s,
                tr("Cannot listen on %1: %2").arg(where, net::errorText(error)));
        }
    }
    net::localAddress(m_listenFd, &m_address, &m_port);
    if (address == QHostAddress::Any) // dual-stack
        m_address = QHostAddress::Any;
    return {};
}

void HttpServerLoop::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        net::wake(m_wakeWrite);
        m_thread.join();
    }
    teardown();
}

void HttpServerLoop::teardown()
{
    std::vector<std::function<void()>> dropped;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        dropped.swap(m_commands);
    }
    dropped.clear();
    for (Pending &pending : m_pending)
        net::close(pending.fd);
    m_pending.clear();
    m_http2.clear();
    if (m_http1)
        m_http1->shutdown();
    m_http1.reset();
    net::close(m_listenFd);
    m_listenFd = net::kInvalid;
    net::closeWakePair(&m_wakeRead, &m_wakeWrite);
}

void HttpServerLoop::post(std::function<void()> command)
{
    std::unique_lock lock(m_mutex);
    if (m_closed)
        return;
    m_commands.push_back(std::move(command));
    if (!m_wakePending) {
        m_wakePending = true;
        net::wake(m_wakeWrite);
    }
}

void HttpServerLoop::runCommands()
{
    net::drainWakes(m_wakeRead);
    std::vector<std::function<void()>> commands;
    {
        std::lock_guard lock(m_mutex);
        commands.swap(m_commands);
        m_wakePending = false;
    }
    for (auto &command : commands)
        command();
}

void HttpServerLoop::dispatch(HttpServerRequest &&request, std::shared_ptr<HttpExchange> exchange)
{
    auto state = std::make_shared<HttpResponder::State>();
    state->loop = weak_from_this();
    state->exchange = std::move(exchange);
    m_dispatch(std::move(request), std::move(state));
}

int HttpServerLoop::connectionCount() const
{
    return m_http1Connections + int(m_http2.size()) + int(m_pending.size());
}

int HttpServerLoop::pollTimeoutMs() const
{
    int timeout = 1000; // idle checks
    if (const auto mhd = m_http1->timeoutMs(); mhd >= 0)
        timeout = std::min(timeout, mhd);
    if (std::any_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.stalled; }))
        timeout = std::min(timeout, kStalledRetryMs);
    return timeout;
}

void HttpServerLoop::run()
{
    std::vector<net::PollEntry> fds;
    while (!m_stopping) {
        fds.clear();
        fds.push_back({ m_wakeRead, net::kPollIn, 0 });
        fds.push_back({ connectionCount() < m_limits.maxConnections ? m_listenFd : net::kInvalid,
            net::kPollIn, 0 });
        const size_t http1Base = fds.size();
        m_http1->addPollEntries(fds);
        const size_t http1Count = fds.size() - http1Base;
        const size_t pendingBase = fds.size();
        const size_t pendingCount = m_pending.size();
        for (const Pending &pending : m_pending)
            fds.push_back({ pending.stalled ? net::kInvalid : pending.fd, net::kPollIn, 0 });
        const size_t http2Base = fds.size();
        const size_t http2Count = m_http2.size();
        for (const auto &session : m_http2)
            fds.push_back({ session->fd(), session->pollEvents(), 0 });

        if (net::poll(fds.data(), fds.size(), pollTimeoutMs()) < 0) {
            if (const int error = net::lastError();
                net::classify(error) != net::Failure::Interrupted) {
                qCWarning(lcHttp) << "poll failed:" << net::errorText(error);
                break;
            }
        }
        if (m_stopping)
            break;
        if (fds[0].revents)
            runCommands();
        for (size_t i = 0; i < http2Count; ++i) {
            if (fds[http2Base + i].revents)
                m_http2[i]->handle(fds[http2Base + i].revents);
        }
        for (size_t i = 0; i < pendingCount; ++i) {
            Pending &pending = m_pending[i];
            if (pending.stalled)
                pending.stalled = false; // peek again next round
            else if (fds[pendingBase + i].revents && classify(pending))
                pending.fd = net::kInvalid;
        }
        if (fds[1].revents)
            acceptAll();
        m_http1->run(fds.data() + http1Base, http1Count);
        std::erase_if(m_pending, [](const Pending &p) { return p.fd == net::kInvalid; });
        std::erase_if(m_http2, [](const auto &session) { return session->finished(); });
        if (Clock::now() - m_lastIdleCheck >= std::chrono::seconds(1))
            expireIdle();
    }
}

void HttpServerLoop::acceptAll()
{
    while (connectionCount() < m_limits.maxConnections) {
        Pending pending;
        pending.fd = net::accept(m_listenFd, &pending.addr);
        if (pending.fd == net::kInvalid) {
            const int error = net::lastError();
            const net::Failure failure = net::classify(error);
            if (failure == net::Failure::Interrupted
                || failure == net::Failure::ConnectionAborted)
                continue;
            if (failure != net::Failure::WouldBlock)
                qCWarning(lcHttp) << "accept failed:" << net::errorText(error);
            return;
        }
        net::makeNonBlocking(pending.fd);
        net::prepareConnection(pending.fd);
        pending.since = Clock::now();
        m_pending.push_back(pending);
    }
}

bool HttpServerLoop::classify(Pending &pending)
{
    char head[kPrefaceSize];
    const auto n = net::peek(pending.fd, head, sizeof head);
    if (n < 0 && retryLater(net::lastError()))
        return false;
    if (n <= 0) {
        net::close(pending.fd);
        return true;
    }
    if (std::memcmp(head, kPreface, size_t(n)) != 0) {
        m_http1->addConnection(pending.fd, pending.addr);
        return true;
    }
    if (n < kPrefaceSize) {
        pending.stalled = true;
        return false;
    }
    QHostAddress peer(pending.addr.get());
    auto session = std::make_unique<Http2Session>(*this, pending.fd, peer);
    if (session->start())
        m_http2.push_back(std::move(session));
    return true; // a session that failed to start closed the socket
}

void HttpServerLoop::expireIdle()
{
    const auto now = Clock::now();
    m_lastIdleCheck = now;
    const auto idle = std::chrono::seconds(m_limits.idleTimeoutSeconds);
    for (Pending &pending : m_pending) {
        if (pending.fd != net::kInvalid && now - pending.since > idle) {
            net::close(pending.fd);
            pending.fd = net::kInvalid;
        }
    }
    std::erase_if(m_pending, [](const Pending &p) { return p.fd == net::kInvalid; });
    for (auto &session : m_http2)
        session->closeIfIdle(now, idle);
    std::erase_if(m_http2, [](const auto &session) { return session->finished(); });
}

} // namespace megaphone
