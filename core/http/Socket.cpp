#include "Socket.h"

#include <QHostAddress>
#include <QString>

#include <algorithm>
#include <climits>
#include <cstring>
#include <type_traits>
#include <vector>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <winsock2.h>
#include <ws2tcpip.h> // after <winsock2.h>, which brings <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>
#endif

namespace megaphone::net {

#ifdef _WIN32
static_assert(std::is_same_v<Handle, SOCKET>);
static_assert(kInvalid == INVALID_SOCKET);
static_assert(std::is_same_v<AddressLength, socklen_t>);
static_assert(sizeof(PollEntry) == sizeof(WSAPOLLFD));
static_assert(offsetof(PollEntry, events) == offsetof(WSAPOLLFD, events));
static_assert(offsetof(PollEntry, revents) == offsetof(WSAPOLLFD, revents));
static_assert(kPollIn == POLLIN && kPollOut == POLLOUT && kPollErr == POLLERR && kPollHup == POLLHUP
    && kPollNval == POLLNVAL);
#endif
static_assert(sizeof(sockaddr_storage) <= sizeof(Address::storage)
    && alignof(sockaddr_storage) <= alignof(std::uint64_t));

namespace {

#ifdef _WIN32
using OptionPointer = const char *;
#else
using OptionPointer = const void *;
#endif

void setFlag(Handle socket, int level, int name, int value)
{
    ::setsockopt(socket, level, name, static_cast<OptionPointer>(static_cast<const void *>(&value)),
        AddressLength(sizeof value));
}

} // namespace

#ifdef _WIN32

int startup()
{
    // Once per process; WSACleanup when the process ends.
    struct Winsock
    {
        int error = 0;
        Winsock()
        {
            WSADATA data;
            error = ::WSAStartup(MAKEWORD(2, 2), &data);
        }
        ~Winsock()
        {
            if (error == 0)
                ::WSACleanup();
        }
        Winsock(const Winsock &) = delete;
        Winsock &operator=(const Winsock &) = delete;
    };
    static const Winsock winsock;
    return winsock.error;
}

int lastError()
{
    return ::WSAGetLastError();
}

Failure classify(int error)
{
    switch (error) {
    case 0:
        return Failure::None;
    case WSAEWOULDBLOCK:
        return Failure::WouldBlock;
    case WSAEINTR:
        return Failure::Interrupted;
    case WSAECONNABORTED:
    case WSAECONNRESET: // a connection reset before accept() took it
        return Failure::ConnectionAborted;
    case WSAEADDRINUSE:
        return Failure::AddressInUse;
    case WSAEACCES:
        return Failure::AccessDenied;
    case WSAEADDRNOTAVAIL:
        return Failure::AddressNotAvailable;
    default:
        return Failure::Other;
    }
}

void close(Handle socket)
{
    if (socket != kInvalid)
        ::closesocket(socket);
}

bool makeNonBlocking(Handle socket)
{
    u_long on = 1;
    return ::ioctlsocket(socket, long(FIONBIO), &on) == 0
        && ::SetHandleInformation(reinterpret_cast<HANDLE>(socket), HANDLE_FLAG_INHERIT, 0);
}

#else

int startup()
{
    return 0;
}

int lastError()
{
    return errno;
}

Failure classify(int error)
{
    if (error == 0)
        return Failure::None;
    if (error == EAGAIN || error == EWOULDBLOCK)
        return Failure::WouldBlock;
    if (error == EINTR)
        return Failure::Interrupted;
    if (error == ECONNABORTED)
        return Failure::ConnectionAborted;
    if (error == EADDRINUSE)
        return Failure::AddressInUse;
    if (error == EACCES)
        return Failure::AccessDenied;
    if (error == EADDRNOTAVAIL)
        return Failure::AddressNotAvailable;
    return Failure::Other;
}

void close(Handle socket)
{
    if (socket >= 0)
        ::close(socket);
}

bool makeNonBlocking(Handle socket)
{
    const int flags = ::fcntl(socket, F_GETFL, 0);
    return flags >= 0 && ::fcntl(socket, F_SETFL, flags | O_NONBLOCK) == 0
        && ::fcntl(socket, F_SETFD, FD_CLOEXEC) == 0;
}

#endif

QString errorText(int error)
{
    return qt_error_string(error); // strerror(), or FormatMessage() for Winsock's codes
}

Listener listenOn(const QHostAddress &address, quint16 port, int backlog)
{
    const bool dualStack = address == QHostAddress::Any;
    const bool v6 = dualStack || address.protocol() == QAbstractSocket::IPv6Protocol;
    Address bound;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(bound.storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = dualStack ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                        : address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        a->sin6_scope_id = address.scopeId().toUInt();
        bound.length = AddressLength(sizeof(sockaddr_in6));
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(bound.storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        bound.length = AddressLength(sizeof(sockaddr_in));
    }
    Listener result;
    const Handle listener = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    if (listener == kInvalid) {
        result.error = lastError();
        return result;
    }
    result.opened = true;
#ifdef _WIN32
    // Windows' SO_REUSEADDR lets another socket take the port; this is its opposite.
    setFlag(listener, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1);
#else
    setFlag(listener, SOL_SOCKET, SO_REUSEADDR, 1);
#endif
    if (dualStack)
        setFlag(listener, IPPROTO_IPV6, IPV6_V6ONLY, 0);
    if (::bind(listener, bound.get(), bound.length) != 0 || ::listen(listener, backlog) != 0) {
        result.error = lastError();
        close(listener);
        return result;
    }
    makeNonBlocking(listener);
    result.socket = listener;
    return result;
}

bool localAddress(Handle socket, QHostAddress *address, quint16 *port)
{
    Address local;
    local.length = AddressLength(sizeof local.storage);
    if (::getsockname(socket, local.get(), &local.length) != 0)
        return false;
    address->setAddress(local.get());
    *port = ntohs(local.get()->sa_family == AF_INET6
            ? reinterpret_cast<const sockaddr_in6 *>(local.storage)->sin6_port
            : reinterpret_cast<const sockaddr_in *>(local.storage)->sin_port);
    return true;
}

Handle accept(Handle listener, Address *peer)
{
    peer->length = AddressLength(sizeof peer->storage);
    return ::accept(listener, peer->get(), &peer->length);
}

void prepareConnection(Handle socket)
{
    setFlag(socket, IPPROTO_TCP, TCP_NODELAY, 1);
#ifdef SO_NOSIGPIPE
    setFlag(socket, SOL_SOCKET, SO_NOSIGPIPE, 1);
#endif
}

void acknowledgeNow([[maybe_unused]] Handle socket)
{
#ifdef TCP_QUICKACK
    setFlag(socket, IPPROTO_TCP, TCP_QUICKACK, 1);
#endif
}

#ifdef _WIN32

std::ptrdiff_t send(Handle socket, const void *data, std::size_t size)
{
    const int n = int(std::min<std::size_t>(size, INT_MAX));
    return ::send(socket, static_cast<const char *>(data), n, 0);
}

std::ptrdiff_t receive(Handle socket, void *buffer, std::size_t size)
{
    const int n = int(std::min<std::size_t>(size, INT_MAX));
    return ::recv(socket, static_cast<char *>(buffer), n, 0);
}

std::ptrdiff_t peek(Handle socket, void *buffer, std::size_t size)
{
    const int n = int(std::min<std::size_t>(size, INT_MAX));
    return ::recv(socket, static_cast<char *>(buffer), n, MSG_PEEK);
}

int poll(PollEntry *entries, std::size_t count, int timeoutMs)
{
    // WSAPoll wants real sockets only, and at least one: pass the valid entries.
    thread_local std::vector<WSAPOLLFD> valid;
    thread_local std::vector<std::size_t> where;
    valid.clear();
    where.clear();
    for (std::size_t i = 0; i < count; ++i) {
        entries[i].revents = 0;
        if (entries[i].fd == kInvalid)
            continue;
        WSAPOLLFD entry {};
        entry.fd = entries[i].fd;
        entry.events = entries[i].events;
        valid.push_back(entry);
        where.push_back(i);
    }
    if (valid.empty()) {
        ::Sleep(timeoutMs < 0 ? INFINITE : DWORD(timeoutMs));
        return 0;
    }
    const int ready = ::WSAPoll(valid.data(), ULONG(valid.size()), timeoutMs);
    if (ready > 0) {
        for (std::size_t i = 0; i < valid.size(); ++i)
            entries[where[i]].revents = valid[i].revents;
    }
    return ready;
}

bool openWakePair(Handle *readEnd, Handle *writeEnd)
{
    *readEnd = *writeEnd = kInvalid;
    const Handle listener = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (listener == kInvalid)
        return false;
    setFlag(listener, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1);
    sockaddr_in loopback {};
    loopback.sin_family = AF_INET;
    loopback.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    loopback.sin_port = 0;
    Address bound;
    bound.length = AddressLength(sizeof bound.storage);
    bool ok
        = ::bind(listener, reinterpret_cast<const sockaddr *>(&loopback), int(sizeof loopback)) == 0
        && ::listen(listener, 1) == 0 && ::getsockname(listener, bound.get(), &bound.length) == 0;
    Handle client = ok ? ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) : kInvalid;
    ok = client != kInvalid && ::connect(client, bound.get(), bound.length) == 0;
    Handle server = ok ? ::accept(listener, nullptr, nullptr) : kInvalid;
    ok = server != kInvalid;
    if (ok) {
        // Another local process could have connected first: the peer must be our client.
        Address mine;
        Address theirs;
        mine.length = theirs.length = AddressLength(sizeof mine.storage);
        ok = ::getsockname(client, mine.get(), &mine.length) == 0
            && ::getpeername(server, theirs.get(), &theirs.length) == 0
            && mine.length == theirs.length
            && std::memcmp(mine.storage, theirs.storage, size_t(mine.length)) == 0;
    }
    close(listener);
    if (!ok || !makeNonBlocking(server) || !makeNonBlocking(client)) {
        close(server);
        close(client);
        return false;
    }
    setFlag(client, IPPROTO_TCP, TCP_NODELAY, 1);
    *readEnd = server;
    *writeEnd = client;
    return true;
}

void wake(Handle writeEnd)
{
    const char byte = 1;
    ::send(writeEnd, &byte, 1, 0);
}

void drainWakes(Handle readEnd)
{
    char drain[256];
    while (::recv(readEnd, drain, int(sizeof drain), 0) > 0) { }
}

#else

std::ptrdiff_t send(Handle socket, const void *data, std::size_t size)
{
#ifdef MSG_NOSIGNAL
    constexpr int flags = MSG_NOSIGNAL; // macOS has SO_NOSIGPIPE on the socket instead
#else
    constexpr int flags = 0;
#endif
    return ::send(socket, data, size, flags);
}

std::ptrdiff_t receive(Handle socket, void *buffer, std::size_t size)
{
    return ::recv(socket, buffer, size, 0);
}

std::ptrdiff_t peek(Handle socket, void *buffer, std::size_t size)
{
    return ::recv(socket, buffer, size, MSG_PEEK);
}

int poll(PollEntry *entries, std::size_t count, int timeoutMs)
{
    return ::poll(entries, nfds_t(count), timeoutMs); // ignores negative descriptors
}

bool openWakePair(Handle *readEnd, Handle *writeEnd)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        *readEnd = *writeEnd = kInvalid;
        return false;
    }
    *readEnd = fds[0];
    *writeEnd = fds[1];
    makeNonBlocking(*readEnd);
    makeNonBlocking(*writeEnd);
    return true;
}

void wake(Handle writeEnd)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(writeEnd, &byte, 1);
}

void drainWakes(Handle readEnd)
{
    char drain[256];
    while (::read(readEnd, drain, sizeof drain) > 0) { }
}

#endif

void closeWakePair(Handle *readEnd, Handle *writeEnd)
{
    close(*readEnd);
    close(*writeEnd);
    *readEnd = *writeEnd = kInvalid;
}

} // namespace megaphone::net
