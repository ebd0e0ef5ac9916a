#pragma once

#include "HttpHeaders.h"
#include "Result.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace megaphone {

struct HttpServerRequest
{
    QByteArray method;
    QByteArray path; // decoded path without the query, e.g. "/v23.0/123/messages"
    QByteArray query; // raw query string without '?', as received
    HttpHeaders headers;
    QByteArray body; // raw bytes as received (webhook signatures are over these)
    bool http2 = false;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

struct HttpServerResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

// The answer to one request. A handler may answer at once or later (a copy can be kept),
// from the server's thread. Once answered or dropped, further calls do nothing.
class HttpResponder
{
public:
    struct State;
    explicit HttpResponder(std::shared_ptr<State> state);

    void respond(const HttpServerResponse &response);
    // Closes the connection without an answer (the sandbox's "drop" failure).
    void dropConnection();
    bool answered() const;

private:
    std::shared_ptr<State> m_state;
};

// A small HTTP server for the webhook receiver and the sandbox (DESIGN.md section 4):
// GNU libmicrohttpd for HTTP/1.1 and libnghttp2 for h2c (prior knowledge) on the same
// port. Header and body limits are enforced while reading, before anything is buffered
// (431 and 413); connections are kept alive; the handler runs on the thread this object
// lives in, through queued calls.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        int maxConnections = 4096;
        int idleTimeoutSeconds = 120;
    };
    using Handler = std::function<void(const HttpServerRequest &, HttpResponder)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    HttpServer(Handler handler, const Limits &limits, QObject *parent = nullptr);
    ~HttpServer() override; // closes

    // Port 0 picks a free port; see port().
    Result<void> listen(const QHostAddress &address, quint16 port = 0);
    // "ADDR:PORT" as --listen and Settings take it; false (nothing changed) when not one.
    static bool parseListen(const QString &text, QHostAddress &address, quint16 &port);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    bool isListening() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace megaphone
