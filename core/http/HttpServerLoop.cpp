#include "HttpServerLoop.h"

#include "Http1Backend.h"
#include "Http2Session.h"
#include "Logging.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr char kPreface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
constexpr int kPrefaceSize = 24;
constexpr int kStalledRetryMs = 20;

bool makeNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0
        && ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
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
    if (auto opened = openSocket(address, port); !opened)
        return opened;
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) {
        const int error = errno;
        teardown();
        return makeError(
            u"listen-failed"_s, tr("Cannot start the HTTP server: %1").arg(systemError(error)));
    }
    m_wakeRead = pipeFds[0];
    m_wakeWrite = pipeFds[1];
    makeNonBlocking(m_wakeRead);
    makeNonBlocking(m_wakeWrite);
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
    const bool dualStack = address == QHostAddress::Any;
    const bool v6 = dualStack || address.protocol() == QAbstractSocket::IPv6Protocol;
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = dualStack ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                        : address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        a->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const QString where = address.toString() + u':' + QString::number(port);
    m_listenFd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    if (m_listenFd < 0)
        return makeError(u"listen-failed"_s,
            tr("Cannot open a socket for %1: %2").arg(where, systemError(errno)));
    const int on = 1;
    const int off = 0;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (dualStack)
        ::setsockopt(m_listenFd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(m_listenFd, 1024) != 0) {
        const int error = errno;
        ::close(m_listenFd);
        m_listenFd = -1;
        if (error == EADDRINUSE)
            return makeError(u"port-in-use"_s,
                tr("Port %1 on %2 is already in use.").arg(port).arg(address.toString()));
        if (error == EACCES)
            return makeError(u"port-denied"_s, tr("Not allowed to listen on %1.").arg(where));
        if (error == EADDRNOTAVAIL)
            return makeError(u"address-unavailable"_s,
                tr("The address %1 is not on this machine.").arg(address.toString()));
        return makeError(
            u"listen-failed"_s, tr("Cannot listen on %1: %2").arg(where, systemError(error)));
    }
    makeNonBlocking(m_listenFd);
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_address.setAddress(reinterpret_cast<sockaddr *>(&bound));
    m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                      : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    if (dualStack)
        m_address = QHostAddress::Any;
    return {};
}

void HttpServerLoop::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(m_wakeWrite, &byte, 1);
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
        ::close(pending.fd);
    m_pending.clear();
    m_http2.clear();
    if (m_http1)
        m_http1->shutdown();
    m_http1.reset();
    for (int *fd : { &m_listenFd, &m_wakeRead, &m_wakeWrite }) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void HttpServerLoop::post(std::function<void()> command)
{
    std::unique_lock lock(m_mutex);
    if (m_closed)
        return;
    m_commands.push_back(std::move(command));
    if (!m_wakePending) {
        m_wakePending = true;
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(m_wakeWrite, &byte, 1);
    }
}

void HttpServerLoop::runCommands()
{
    char drain[256];
    while (::read(m_wakeRead, drain, sizeof drain) > 0) { }
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
    std::vector<pollfd> fds;
    while (!m_stopping) {
        fds.clear();
        fds.push_back({ m_wakeRead, POLLIN, 0 });
        fds.push_back({ connectionCount() < m_limits.maxConnections ? m_listenFd : -1, POLLIN, 0 });
        fds.push_back({ m_http1->pollFd(), POLLIN, 0 });
        const size_t pendingBase = fds.size();
        const size_t pendingCount = m_pending.size();
        for (const Pending &pending : m_pending)
            fds.push_back({ pending.stalled ? -1 : pending.fd, POLLIN, 0 });
        const size_t http2Base = fds.size();
        const size_t http2Count = m_http2.size();
        for (const auto &session : m_http2)
            fds.push_back({ session->fd(), session->pollEvents(), 0 });

        if (::poll(fds.data(), fds.size(), pollTimeoutMs()) < 0 && errno != EINTR) {
            qCWarning(lcHttp) << "poll failed:" << systemError(errno);
            break;
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
                pending.fd = -1;
        }
        if (fds[1].revents)
            acceptAll();
        m_http1->run();
        std::erase_if(m_pending, [](const Pending &p) { return p.fd < 0; });
        std::erase_if(m_http2, [](const auto &session) { return session->finished(); });
        if (Clock::now() - m_lastIdleCheck >= std::chrono::seconds(1))
            expireIdle();
    }
}

void HttpServerLoop::acceptAll()
{
    while (connectionCount() < m_limits.maxConnections) {
        Pending pending;
        pending.addrLen = sizeof pending.addr;
        pending.fd
            = ::accept(m_listenFd, reinterpret_cast<sockaddr *>(&pending.addr), &pending.addrLen);
        if (pending.fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                qCWarning(lcHttp) << "accept failed:" << systemError(errno);
            return;
        }
        makeNonBlocking(pending.fd);
        const int on = 1;
        ::setsockopt(pending.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
#ifdef SO_NOSIGPIPE
        ::setsockopt(pending.fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
        pending.since = Clock::now();
        m_pending.push_back(pending);
    }
}

bool HttpServerLoop::classify(Pending &pending)
{
    char head[kPrefaceSize];
    const auto n = ::recv(pending.fd, head, sizeof head, MSG_PEEK);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return false;
    if (n <= 0) {
        ::close(pending.fd);
        return true;
    }
    if (std::memcmp(head, kPreface, size_t(n)) != 0) {
        m_http1->addConnection(
            pending.fd, reinterpret_cast<const sockaddr *>(&pending.addr), pending.addrLen);
        return true;
    }
    if (n < kPrefaceSize) {
        pending.stalled = true;
        return false;
    }
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&pending.addr));
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
        if (pending.fd >= 0 && now - pending.since > idle) {
            ::close(pending.fd);
            pending.fd = -1;
        }
    }
    std::erase_if(m_pending, [](const Pending &p) { return p.fd < 0; });
    for (auto &session : m_http2)
        session->closeIfIdle(now, idle);
    std::erase_if(m_http2, [](const auto &session) { return session->finished(); });
}

} // namespace megaphone
