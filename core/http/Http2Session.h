#pragma once

// Internal to HttpServer: one h2c connection (prior knowledge) served with libnghttp2
// on HttpServerLoop's thread. Non-blocking socket; nghttp2 reads from and writes to
// memory buffers that this class moves to and from the socket.

#include "HttpServer.h"
#include "HttpServerLoop.h"
#include "Socket.h"

#include <QByteArray>
#include <QHostAddress>

#include <memory>
#include <unordered_map>

struct nghttp2_session;

namespace megaphone {

class Http2Exchange;

class Http2Session
{
public:
    struct Stream
    {
        HttpServerRequest request;
        QByteArray target;
        QByteArray authority;
        qsizetype headerBytes = 0;
        int refusedStatus = 0; // 413 or 431 once refused: the rest of the request is ignored
        bool answered = false;
        std::shared_ptr<Http2Exchange> exchange;
        QByteArray responseBody;
        qsizetype responseOffset = 0;
    };

    Http2Session(HttpServerLoop &loop, net::Handle fd, const QHostAddress &peer);
    ~Http2Session(); // closes the socket; pending exchanges become no-ops
    Http2Session(const Http2Session &) = delete;
    Http2Session &operator=(const Http2Session &) = delete;

    bool start();
    net::Handle fd() const { return m_fd; }
    short pollEvents() const;
    void handle(short revents);
    bool finished() const { return m_finished; }
    void closeIfIdle(HttpServerLoop::Clock::time_point now, std::chrono::seconds idle);

    void submitResponse(int32_t streamId, const HttpServerResponse &response);
    void resetStream(int32_t streamId);

    // nghttp2 callbacks
    int beginHeaders(int32_t streamId);
    int header(int32_t streamId, const QByteArray &name, const QByteArray &value);
    int frameReceived(int32_t streamId, uint8_t type, uint8_t flags);
    int dataChunk(int32_t streamId, const uint8_t *data, size_t length);
    int frameSent(int32_t streamId, uint8_t type, uint8_t flags);
    int streamClosed(int32_t streamId);

private:
    Stream *stream(int32_t streamId);
    void refuse(int32_t streamId, Stream &stream, int status);
    void complete(int32_t streamId, Stream &stream);
    void readAll();
    void acknowledgeNow();
    void flush();
    void fail();

    HttpServerLoop &m_loop;
    net::Handle m_fd;
    QHostAddress m_peer;
    nghttp2_session *m_session = nullptr;
    std::unordered_map<int32_t, std::unique_ptr<Stream>> m_streams;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    HttpServerLoop::Clock::time_point m_lastActivity;
    bool m_finished = false;
    bool m_receiving = false;
};

} // namespace megaphone
