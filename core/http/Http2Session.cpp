#include "Http2Session.h"

#include "HttpExchange.h"
#include "Logging.h"

#include <nghttp2/nghttp2ver.h>

// nghttp2 1.60 added ssize_t-free variants and deprecated the old ones. MSVC has no
// ssize_t: with 1.60 on, nghttp2.h can leave out the old API; before, it needs one.
#if NGHTTP2_VERSION_NUM >= 0x013c00
#define MEGAPHONE_NGHTTP2_V2 1
#define NGHTTP2_NO_SSIZE_T
#elif defined(_MSC_VER)
#include <BaseTsd.h>
using ssize_t = SSIZE_T;
#endif

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef MEGAPHONE_NGHTTP2_V2
using H2Size = nghttp2_ssize;
#else
using H2Size = ssize_t;
#endif

namespace megaphone {

class Http2Exchange final : public HttpExchange
{
public:
    Http2Exchange(Http2Session *session, int32_t streamId)
        : m_session(session), m_streamId(streamId)
    { }

    void respond(const HttpServerResponse &response) override
    {
        if (m_session)
            m_session->submitResponse(m_streamId, response);
    }
    void drop() override
    {
        if (m_session)
            m_session->resetStream(m_streamId);
    }
    void detach() { m_session = nullptr; }

private:
    Http2Session *m_session;
    int32_t m_streamId;
};

namespace {

constexpr qsizetype kWriteChunk = 64 * 1024;
constexpr int32_t kConnectionWindow = 1 << 30;
// Qt's HTTP/2 client (QHttp2ProtocolHandler) treats a SETTINGS_MAX_CONCURRENT_STREAMS
// above 1000 as a protocol error in the Qt versions that check the new value (Qt 6.4.2
// compares the old one), so 1000 is the most one connection can carry for Qt.
constexpr uint32_t kMaxConcurrentStreams = 1000;

Http2Session *sessionOf(void *userData)
{
    return static_cast<Http2Session *>(userData);
}

int onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *userData)
{
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    return sessionOf(userData)->beginHeaders(frame->hd.stream_id);
}

int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
    const uint8_t *value, size_t valueLength, uint8_t, void *userData)
{
    if (frame->hd.type != NGHTTP2_HEADERS)
        return 0;
    return sessionOf(userData)->header(frame->hd.stream_id,
        QByteArray(reinterpret_cast<const char *>(name), qsizetype(nameLength)),
        QByteArray(reinterpret_cast<const char *>(value), qsizetype(valueLength)));
}

int onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *userData)
{
    return sessionOf(userData)->frameReceived(frame->hd.stream_id, frame->hd.type, frame->hd.flags);
}

int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length,
    void *userData)
{
    return sessionOf(userData)->dataChunk(streamId, data, length);
}

int onFrameSent(nghttp2_session *, const nghttp2_frame *frame, void *userData)
{
    return sessionOf(userData)->frameSent(frame->hd.stream_id, frame->hd.type, frame->hd.flags);
}

int onStreamClosed(nghttp2_session *, int32_t streamId, uint32_t, void *userData)
{
    return sessionOf(userData)->streamClosed(streamId);
}

H2Size readBody(nghttp2_session *, int32_t, uint8_t *buffer, size_t length, uint32_t *flags,
    nghttp2_data_source *source, void *)
{
    auto *stream = static_cast<Http2Session::Stream *>(source->ptr);
    const qsizetype left = stream->responseBody.size() - stream->responseOffset;
    const qsizetype n = std::min(left, qsizetype(length));
    std::memcpy(buffer, stream->responseBody.constData() + stream->responseOffset, size_t(n));
    stream->responseOffset += n;
    if (stream->responseOffset == stream->responseBody.size())
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return H2Size(n);
}

bool isConnectionHeader(const QByteArray &lower)
{
    return lower == "connection" || lower == "keep-alive" || lower == "proxy-connection"
        || lower == "transfer-encoding" || lower == "upgrade" || lower == "content-length";
}

nghttp2_nv makeNv(const QByteArray &name, const QByteArray &value)
{
    return { reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData())),
        reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData())), size_t(name.size()),
        size_t(value.size()), NGHTTP2_NV_FLAG_NONE };
}

} // namespace

Http2Session::Http2Session(HttpServerLoop &loop, net::Handle fd, const QHostAddress &peer)
    : m_loop(loop), m_fd(fd), m_peer(peer), m_lastActivity(HttpServerLoop::Clock::now())
{ }

Http2Session::~Http2Session()
{
    for (auto &[id, stream] : m_streams) {
        if (stream->exchange)
            stream->exchange->detach();
    }
    if (m_session)
        nghttp2_session_del(m_session);
    net::close(m_fd);
}

bool Http2Session::start()
{
    nghttp2_session_callbacks *callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0)
        return false;
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &onFrameReceived);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &onDataChunk);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &onFrameSent);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &onStreamClosed);
    const int created = nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    if (created != 0)
        return false;

    const auto streamWindow
        = uint32_t(std::clamp<qint64>(m_loop.limits().maxBodyBytes + 64 * 1024, 65535, 16 << 20));
    const nghttp2_settings_entry settings[] = {
        { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, kMaxConcurrentStreams },
        { NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, streamWindow },
    };
    if (nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings)) != 0
        || nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, kConnectionWindow)
            != 0)
        return false;
    flush();
    return !m_finished;
}

short Http2Session::pollEvents() const
{
    short events = net::kPollIn;
    if (m_outOffset < m_out.size() || nghttp2_session_want_write(m_session))
        events = short(events | net::kPollOut);
    return events;
}

void Http2Session::handle(short revents)
{
    if (revents & (net::kPollIn | net::kPollHup | net::kPollErr))
        readAll();
    if (!m_finished)
        flush();
    if (!m_finished && revents & net::kPollNval)
        fail();
}

// Qt's HTTP/2 client leaves Nagle's algorithm on and writes a request's HEADERS and
// DATA frames apart, so its DATA waits for our ACK of the HEADERS; a delayed ACK
// (~40 ms on Linux) would add that to every request. Quick ACKs avoid it. Linux only;
// the kernel clears the flag again, so it is set after every read.
void Http2Session::acknowledgeNow()
{
    net::acknowledgeNow(m_fd);
}

void Http2Session::readAll()
{
    uint8_t buffer[64 * 1024];
    for (int round = 0; round < 16 && !m_finished; ++round) {
        const auto n = net::receive(m_fd, buffer, sizeof buffer);
        const net::Failure failure = n < 0 ? net::classify(net::lastError()) : net::Failure::None;
        if (failure == net::Failure::WouldBlock)
            return;
        if (failure == net::Failure::Interrupted)
            continue;
        if (n <= 0)
            return fail(); // closed by the client or reset
        acknowledgeNow();
        m_lastActivity = HttpServerLoop::Clock::now();
        m_receiving = true; // answers submitted from callbacks are flushed afterwards
#ifdef MEGAPHONE_NGHTTP2_V2
        const auto used = nghttp2_session_mem_recv2(m_session, buffer, size_t(n));
#else
        const auto used = nghttp2_session_mem_recv(m_session, buffer, size_t(n));
#endif
        m_receiving = false;
        if (used < 0) {
            qCDebug(lcHttp) << "h2c:" << nghttp2_strerror(int(used));
            flush(); // the GOAWAY nghttp2 queued
            return fail();
        }
    }
}

void Http2Session::flush()
{
    while (!m_finished && !m_receiving) {
        while (m_out.size() - m_outOffset < kWriteChunk) {
            const uint8_t *data = nullptr;
#ifdef MEGAPHONE_NGHTTP2_V2
            const auto n = nghttp2_session_mem_send2(m_session, &data);
#else
            const auto n = nghttp2_session_mem_send(m_session, &data);
#endif
            if (n < 0)
                return fail();
            if (n == 0)
                break;
            m_out.append(reinterpret_cast<const char *>(data), qsizetype(n));
        }
        if (m_outOffset == m_out.size()) {
            m_out.clear();
            m_outOffset = 0;
            if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session))
                fail(); // GOAWAY sent and everything done
            return;
        }
        const auto written
            = net::send(m_fd, m_out.constData() + m_outOffset, size_t(m_out.size() - m_outOffset));
        const net::Failure failure
            = written < 0 ? net::classify(net::lastError()) : net::Failure::None;
        if (failure == net::Failure::WouldBlock)
            return;
        if (failure == net::Failure::Interrupted)
            continue;
        if (written < 0)
            return fail();
        m_outOffset += written;
        m_lastActivity = HttpServerLoop::Clock::now();
        if (m_outOffset == m_out.size()) {
            m_out.clear();
            m_outOffset = 0;
        }
    }
}

void Http2Session::fail()
{
    m_finished = true;
}

void Http2Session::closeIfIdle(HttpServerLoop::Clock::time_point now, std::chrono::seconds idle)
{
    if (m_finished || !m_streams.empty() || now - m_lastActivity <= idle)
        return;
    nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
    flush();
    fail();
}

Http2Session::Stream *Http2Session::stream(int32_t streamId)
{
    const auto found = m_streams.find(streamId);
    return found == m_streams.end() ? nullptr : found->second.get();
}

int Http2Session::beginHeaders(int32_t streamId)
{
    auto created = std::make_unique<Stream>();
    created->request.http2 = true;
    created->request.peer = m_peer;
    m_streams[streamId] = std::move(created);
    return 0;
}

int Http2Session::header(int32_t streamId, const QByteArray &name, const QByteArray &value)
{
    Stream *s = stream(streamId);
    if (!s || s->refusedStatus)
        return 0;
    s->headerBytes += name.size() + value.size() + 32; // HPACK's entry size
    if (s->headerBytes > m_loop.limits().maxHeaderBytes) {
        s->refusedStatus = 431;
        s->request.headers.clear();
        return 0;
    }
    if (name.startsWith(':')) {
        if (name == ":method")
            s->request.method = value;
        else if (name == ":path")
            s->target = value;
        else if (name == ":authority")
            s->authority = value;
        return 0;
    }
    s->request.headers.append({ name, value });
    return 0;
}

int Http2Session::frameReceived(int32_t streamId, uint8_t type, uint8_t flags)
{
    if (type != NGHTTP2_HEADERS && type != NGHTTP2_DATA)
        return 0;
    Stream *s = stream(streamId);
    if (!s)
        return 0;
    if (type == NGHTTP2_HEADERS && !s->refusedStatus && !s->answered) {
        bool numeric = false;
        const qint64 length = s->request.header("content-length").toLongLong(&numeric);
        if (numeric && length > m_loop.limits().maxBodyBytes)
            s->refusedStatus = 413;
    }
    if (s->refusedStatus && !s->answered) {
        refuse(streamId, *s, s->refusedStatus);
        return 0;
    }
    if (flags & NGHTTP2_FLAG_END_STREAM)
        complete(streamId, *s);
    return 0;
}

int Http2Session::dataChunk(int32_t streamId, const uint8_t *data, size_t length)
{
    Stream *s = stream(streamId);
    if (!s || s->refusedStatus || s->answered)
        return 0;
    if (s->request.body.size() + qsizetype(length) > m_loop.limits().maxBodyBytes) {
        s->request.body = QByteArray();
        refuse(streamId, *s, 413);
        return 0;
    }
    s->request.body.append(reinterpret_cast<const char *>(data), qsizetype(length));
    return 0;
}

int Http2Session::frameSent(int32_t streamId, uint8_t type, uint8_t flags)
{
    // After refusing a request early, tell the client to stop sending its body.
    if ((type == NGHTTP2_HEADERS || type == NGHTTP2_DATA) && (flags & NGHTTP2_FLAG_END_STREAM)) {
        Stream *s = stream(streamId);
        if (s && s->refusedStatus && !nghttp2_session_get_stream_remote_close(m_session, streamId))
            nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_NO_ERROR);
    }
    return 0;
}

int Http2Session::streamClosed(int32_t streamId)
{
    const auto found = m_streams.find(streamId);
    if (found == m_streams.end())
        return 0;
    if (found->second->exchange)
        found->second->exchange->detach();
    m_streams.erase(found);
    return 0;
}

void Http2Session::refuse(int32_t streamId, Stream &s, int status)
{
    s.refusedStatus = status;
    submitResponse(streamId,
        plainResponse(
            status, status == 413 ? "Request body too large" : "Request header fields too large"));
}

void Http2Session::complete(int32_t streamId, Stream &s)
{
    if (s.exchange || s.answered)
        return;
    splitRequestTarget(s.target, &s.request.path, &s.request.query);
    if (!s.authority.isEmpty() && s.request.header("host").isEmpty())
        s.request.headers.prepend({ "host", s.authority });
    s.exchange = std::make_shared<Http2Exchange>(this, streamId);
    m_loop.dispatch(std::move(s.request), s.exchange);
}

void Http2Session::submitResponse(int32_t streamId, const HttpServerResponse &response)
{
    Stream *s = stream(streamId);
    if (!s || s->answered || m_finished)
        return;
    s->answered = true;
    s->responseBody = response.body;
    std::vector<QByteArray> storage;
    storage.reserve(size_t(response.headers.size()) * 2 + 4);
    std::vector<nghttp2_nv> nva;
    storage.push_back(":status");
    storage.push_back(QByteArray::number(response.status));
    nva.push_back(makeNv(storage[0], storage[1]));
    for (const auto &[name, value] : response.headers) {
        QByteArray lower = name.toLower();
        if (isConnectionHeader(lower))
            continue;
        storage.push_back(std::move(lower));
        storage.push_back(value);
        nva.push_back(makeNv(storage[storage.size() - 2], storage.back()));
    }
    storage.push_back("content-length");
    storage.push_back(QByteArray::number(response.body.size()));
    nva.push_back(makeNv(storage[storage.size() - 2], storage.back()));

    int submitted = 0;
#ifdef MEGAPHONE_NGHTTP2_V2
    nghttp2_data_provider2 provider {};
#else
    nghttp2_data_provider provider {};
#endif
    provider.source.ptr = s;
    provider.read_callback = &readBody;
#ifdef MEGAPHONE_NGHTTP2_V2
    submitted = nghttp2_submit_response2(
        m_session, streamId, nva.data(), nva.size(), response.body.isEmpty() ? nullptr : &provider);
#else
    submitted = nghttp2_submit_response(
        m_session, streamId, nva.data(), nva.size(), response.body.isEmpty() ? nullptr : &provider);
#endif
    if (submitted != 0)
        qCDebug(lcHttp) << "h2c: cannot answer stream" << streamId << nghttp2_strerror(submitted);
    flush();
}

void Http2Session::resetStream(int32_t streamId)
{
    Stream *s = stream(streamId);
    if (!s || s->answered || m_finished)
        return;
    s->answered = true;
    // CANCEL rather than INTERNAL_ERROR: Qt reports the latter as a server error
    // (QNetworkReply::InternalServerError), CANCEL as a transport failure (ProtocolFailure).
    nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_CANCEL);
    flush();
}

} // namespace megaphone
