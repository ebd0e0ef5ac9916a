#pragma once

// Internal to HttpServer: the few socket calls of core/http, the same on POSIX (Linux,
// macOS) and Windows (Winsock 2). POSIX keeps its own types (int descriptors, pollfd),
// so the Linux path costs nothing; on Windows a handle is a SOCKET and poll() is
// WSAPoll(). <winsock2.h> stays in Socket.cpp: this header only mirrors its types.

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

#ifndef _WIN32
#include <poll.h>
#include <sys/socket.h>
#endif

class QHostAddress;
class QString;
struct sockaddr;

namespace megaphone::net {

#ifdef _WIN32
using Handle = std::uintptr_t; // SOCKET (UINT_PTR); Socket.cpp checks that they agree
inline constexpr Handle kInvalid = ~Handle(0); // INVALID_SOCKET
using AddressLength = int; // socklen_t
// WSAPOLLFD's layout and flags (Socket.cpp checks them against <winsock2.h>).
struct PollEntry
{
    Handle fd;
    short events;
    short revents;
};
inline constexpr short kPollIn = 0x0100 | 0x0200; // POLLRDNORM | POLLRDBAND
inline constexpr short kPollOut = 0x0010; // POLLWRNORM
inline constexpr short kPollErr = 0x0001;
inline constexpr short kPollHup = 0x0002;
inline constexpr short kPollNval = 0x0004;
#else
using Handle = int;
inline constexpr Handle kInvalid = -1;
using AddressLength = socklen_t;
using PollEntry = ::pollfd;
inline constexpr short kPollIn = POLLIN;
inline constexpr short kPollOut = POLLOUT;
inline constexpr short kPollErr = POLLERR;
inline constexpr short kPollHup = POLLHUP;
inline constexpr short kPollNval = POLLNVAL;
#endif

// Room for any socket address (a sockaddr_storage: 128 bytes, 8-aligned, everywhere).
struct Address
{
    std::uint64_t storage[16] {};
    AddressLength length = 0;

    const sockaddr *get() const { return reinterpret_cast<const sockaddr *>(storage); }
    sockaddr *get() { return reinterpret_cast<sockaddr *>(storage); }
};

// What a socket call's error means here.
enum class Failure {
    None,
    WouldBlock, // EAGAIN, EWOULDBLOCK, WSAEWOULDBLOCK: try again when poll says so
    Interrupted, // EINTR, WSAEINTR: try again now
    ConnectionAborted, // ECONNABORTED on accept: take the next one
    AddressInUse,
    AccessDenied,
    AddressNotAvailable,
    Other,
};

// Winsock needs WSAStartup before the first socket (WSACleanup at exit): 0, or its
// error code. Always 0 on POSIX.
int startup();

int lastError(); // errno, WSAGetLastError()
Failure classify(int error);
QString errorText(int error);

void close(Handle socket);
// Non-blocking, and not inherited by child processes (FD_CLOEXEC, HANDLE_FLAG_INHERIT).
bool makeNonBlocking(Handle socket);

// A listening TCP socket on address:port (dual-stack for QHostAddress::Any), non-blocking.
struct Listener
{
    Handle socket = kInvalid; // kInvalid on failure:
    int error = 0; // the system's code
    bool opened = false; // whether socket() worked (and bind() or listen() failed)
};
Listener listenOn(const QHostAddress &address, quint16 port, int backlog);
bool localAddress(Handle socket, QHostAddress *address, quint16 *port);
// kInvalid once nothing is waiting (or on failure: see lastError()).
Handle accept(Handle listener, Address *peer);
// A new connection's options: TCP_NODELAY, and SO_NOSIGPIPE where there is one (macOS).
void prepareConnection(Handle socket);
// Linux's TCP_QUICKACK (the kernel clears it again, so set after each read); elsewhere nothing.
void acknowledgeNow(Handle socket);

// -1 on failure (see lastError()). Sending never raises SIGPIPE.
std::ptrdiff_t send(Handle socket, const void *data, std::size_t size);
std::ptrdiff_t receive(Handle socket, void *buffer, std::size_t size);
std::ptrdiff_t peek(Handle socket, void *buffer, std::size_t size);

// poll(): entries whose fd is kInvalid are skipped. Returns what poll() returns.
int poll(PollEntry *entries, std::size_t count, int timeoutMs);

// A way to wake a thread blocked in poll(): a pipe on POSIX; on Windows (WSAPoll
// cannot poll pipes) a connected pair of loopback TCP sockets. Both ends non-blocking.
bool openWakePair(Handle *readEnd, Handle *writeEnd);
void wake(Handle writeEnd);
void drainWakes(Handle readEnd);
void closeWakePair(Handle *readEnd, Handle *writeEnd);

} // namespace megaphone::net
