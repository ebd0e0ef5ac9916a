#include "Http1Backend.h"

#include "Http1PollSet.h"
#include "HttpExchange.h"
#include "HttpServerLoop.h"
#include "Logging.h"

#include <microhttpd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <optional>

// MHD's epoll mode exists on Linux only; MEGAPHONE_HTTP_NO_EPOLL (a CMake option) takes
// the select() path there too, to test what macOS and Windows run.
#if defined(Q_OS_LINUX) && !defined(MEGAPHONE_HTTP_NO_EPOLL)
#define MEGAPHONE_HTTP_EPOLL 1
#endif

namespace megaphone {

// One HTTP/1.1 request, from its request line to its answer. MHD's per-request
// context holds a shared_ptr to it (allocated in the URI callback, freed when MHD
// reports the request completed).
class Http1Exchange final : public HttpExchange
{
public:
    enum class Phase { Headers, Body, Discard, Waiting, Done };

    Http1Exchange(Http1Backend &backend, MHD_Connection *connection, QByteArray target)
        : m_backend(backend), m_connection(connection), m_target(std::move(target))
    { }

    MHD_Result handle(const char *method, const char *version, const char *upload,
        size_t *uploadSize, const std::shared_ptr<Http1Exchange> &self);
    void finished() { m_alive = false; }

    void respond(const HttpServerResponse &response) override
    {
        if (!waiting())
            return;
        m_response = response;
        resume();
    }
    void drop() override
    {
        if (!waiting())
            return;
        m_dropped = true;
        resume();
    }

private:
    bool waiting() const
    {
        return m_alive && m_phase == Phase::Waiting && !m_response && !m_dropped;
    }
    void resume()
    {
        m_backend.resumed(this);
        MHD_resume_connection(m_connection);
    }
    MHD_Result begin(const char *method, const char *version);
    MHD_Result receive(const char *upload, size_t *uploadSize);
    MHD_Result queue(const HttpServerResponse &response, bool close);
    MHD_Result refuse(int status, const QByteArray &text);

    Http1Backend &m_backend;
    MHD_Connection *m_connection;
    QByteArray m_target;
    Phase m_phase = Phase::Headers;
    HttpServerRequest m_request;
    qsizetype m_discarded = 0;
    bool m_alive = true;
    bool m_dropped = false;
    std::optional<HttpServerResponse> m_response;
};

namespace {

// Past the limit, a chunked body is read and thrown away so that the 413 can be sent;
// a client that keeps going this long past it is cut off.
constexpr qsizetype kMaxDiscard = 16 * 1024 * 1024;

using Holder = std::shared_ptr<Http1Exchange>;

void *onUri(void *cls, const char *uri, MHD_Connection *connection)
{
    auto *backend = static_cast<Http1Backend *>(cls);
    return new Holder(std::make_shared<Http1Exchange>(*backend, connection, QByteArray(uri)));
}

MHD_Result onRequest(void *cls, MHD_Connection *connection, const char *url, const char *method,
    const char *version, const char *upload, size_t *uploadSize, void **context)
{
    auto *holder = static_cast<Holder *>(*context);
    if (!holder) { // no URI callback happened (should not): make one now
        holder = static_cast<Holder *>(onUri(cls, url, connection));
        *context = holder;
    }
    return (*holder)->handle(method, version, upload, uploadSize, *holder);
}

void onCompleted(void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
{
    auto *holder = static_cast<Holder *>(*context);
    if (!holder)
        return;
    (*holder)->finished();
    delete holder;
    *context = nullptr;
}

void onConnection(void *cls, MHD_Connection *, void **, MHD_ConnectionNotificationCode code)
{
    auto *backend = static_cast<Http1Backend *>(cls);
    backend->loop().http1ConnectionsChanged(code == MHD_CONNECTION_NOTIFY_STARTED ? 1 : -1);
}

void onLog(void *, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    qCDebug(lcHttp) << "libmicrohttpd:" << QByteArray(text).trimmed();
}

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<HttpHeaders *>(cls)->append({ QByteArray(key), QByteArray(value ? value : "") });
    return MHD_YES;
}

} // namespace

MHD_Result Http1Exchange::handle(const char *method, const char *version, const char *upload,
    size_t *uploadSize, const std::shared_ptr<Http1Exchange> &self)
{
    switch (m_phase) {
    case Phase::Headers:
        return begin(method, version);
    case Phase::Body:
    case Phase::Discard:
        if (*uploadSize > 0)
            return receive(upload, uploadSize);
        if (m_phase == Phase::Discard)
            return refuse(413, "Request body too large");
        m_phase = Phase::Waiting;
        MHD_suspend_connection(m_connection);
        m_backend.suspended(this);
        m_backend.loop().dispatch(std::move(m_request), self);
        return MHD_YES;
    case Phase::Waiting: // resumed by respond() or drop()
        if (!m_response)
            return MHD_NO; // closes the connection without an answer
        m_phase = Phase::Done;
        return queue(*m_response, false);
    case Phase::Done:
        *uploadSize = 0;
        return MHD_YES;
    }
    return MHD_NO;
}

MHD_Result Http1Exchange::begin(const char *method, const char *version)
{
    const HttpServer::Limits &limits = m_backend.loop().limits();
    m_request.method = method;
    splitRequestTarget(m_target, &m_request.path, &m_request.query);
    MHD_get_connection_values(m_connection, MHD_HEADER_KIND, &collectHeader, &m_request.headers);
    if (const auto *info
        = MHD_get_connection_info(m_connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
        m_request.peer.setAddress(info->client_addr);

    qsizetype headerBytes
        = m_target.size() + qsizetype(qstrlen(method)) + qsizetype(qstrlen(version)) + 4;
    for (const auto &[name, value] : std::as_const(m_request.headers))
        headerBytes += name.size() + value.size() + 4;
    if (headerBytes > limits.maxHeaderBytes)
        return refuse(431, "Request header fields too large");

    const QByteArray length = m_request.header("Content-Length");
    bool numeric = false;
    if (!length.isEmpty()
        && (length.trimmed().toLongLong(&numeric) > limits.maxBodyBytes || !numeric))
        return numeric ? refuse(413, "Request body too large") : refuse(400, "Bad Content-Length");
    m_phase = Phase::Body;
    return MHD_YES;
}

MHD_Result Http1Exchange::receive(const char *upload, size_t *uploadSize)
{
    const auto size = qsizetype(*uploadSize);
    *uploadSize = 0;
    if (m_phase == Phase::Body
        && m_request.body.size() + size <= m_backend.loop().limits().maxBodyBytes) {
        m_request.body.append(upload, size);
        return MHD_YES;
    }
    if (m_phase == Phase::Body) {
        m_request.body = QByteArray();
        m_phase = Phase::Discard;
    }
    m_discarded += size;
    return m_discarded > kMaxDiscard ? MHD_NO : MHD_YES;
}

MHD_Result Http1Exchange::refuse(int status, const QByteArray &text)
{
    m_phase = Phase::Done;
    return queue(plainResponse(status, text), true);
}

MHD_Result Http1Exchange::queue(const HttpServerResponse &response, bool close)
{
    MHD_Response *answer = MHD_create_response_from_buffer(size_t(response.body.size()),
        const_cast<char *>(response.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!answer)
        return MHD_NO;
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "transfer-encoding")
            continue;
        MHD_add_response_header(answer, name.constData(), value.constData());
    }
    if (close)
        MHD_add_response_header(answer, MHD_HTTP_HEADER_CONNECTION, "close");
    const MHD_Result queued = MHD_queue_response(m_connection, unsigned(response.status), answer);
    MHD_destroy_response(answer);
    return queued;
}

Http1Backend::Http1Backend(HttpServerLoop &loop) : m_loop(loop)
{ }

Http1Backend::~Http1Backend()
{
    shutdown();
}

bool Http1Backend::start()
{
    const HttpServer::Limits &limits = m_loop.limits();
    // The connection's memory pool holds the request line, the headers and the read
    // buffer: room for the header limit plus working space. Our own count answers 431.
    const size_t memory = size_t(std::max<qsizetype>(limits.maxHeaderBytes, 1024)) * 2 + 32 * 1024;
#ifdef MEGAPHONE_HTTP_EPOLL
    constexpr unsigned polling = MHD_USE_EPOLL;
#else
    constexpr unsigned polling = 0; // select(): MHD_get_fdset2 and MHD_run_from_select
#endif
    const unsigned flags
        = polling | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_NO_LISTEN_SOCKET | MHD_USE_ERROR_LOG;
    const int connectionLimit = std::max(1, limits.maxConnections);
    m_daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &onRequest, this,
        MHD_OPTION_EXTERNAL_LOGGER, &onLog, this, // first, or MHD warns on stderr
        MHD_OPTION_URI_LOG_CALLBACK, &onUri, this, MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, this,
        MHD_OPTION_NOTIFY_CONNECTION, &onConnection, this, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        memory, MHD_OPTION_CONNECTION_LIMIT, unsigned(connectionLimit),
        MHD_OPTION_CONNECTION_TIMEOUT, unsigned(std::max(0, limits.idleTimeoutSeconds)),
        MHD_OPTION_END);
    if (!m_daemon)
        return false;
#ifdef MEGAPHONE_HTTP_EPOLL
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    m_pollFd = info ? info->epoll_fd : net::kInvalid;
    return m_pollFd != net::kInvalid;
#else
    m_pollSet = std::make_unique<Http1PollSet>(m_daemon, connectionLimit);
    return true;
#endif
}

void Http1Backend::shutdown()
{
    if (!m_daemon)
        return;
    // MHD refuses to stop with suspended connections: resume them, to be closed unanswered.
    const auto suspended = m_suspended;
    for (Http1Exchange *exchange : suspended)
        exchange->drop();
    m_suspended.clear();
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_pollFd = net::kInvalid;
    m_pollSet.reset();
}

void Http1Backend::addPollEntries(std::vector<net::PollEntry> &entries)
{
#ifdef MEGAPHONE_HTTP_EPOLL
    entries.push_back({ m_pollFd, net::kPollIn, 0 });
#else
    m_pollSet->collect(entries);
#endif
}

int Http1Backend::timeoutMs() const
{
    MHD_UNSIGNED_LONG_LONG timeout = 0;
    if (MHD_get_timeout(m_daemon, &timeout) != MHD_YES)
        return -1;
    return int(std::min<MHD_UNSIGNED_LONG_LONG>(timeout, 60'000));
}

void Http1Backend::run(
    [[maybe_unused]] const net::PollEntry *entries, [[maybe_unused]] std::size_t count)
{
#ifdef MEGAPHONE_HTTP_EPOLL
    MHD_run(m_daemon); // reads the epoll descriptor itself
#else
    m_pollSet->run(entries, count);
#endif
}

void Http1Backend::addConnection(net::Handle socket, const net::Address &peer)
{
    if (MHD_add_connection(m_daemon, socket, peer.get(), peer.length) != MHD_YES)
        qCDebug(lcHttp) << "libmicrohttpd refused a connection"; // it closed the socket
}

} // namespace megaphone
