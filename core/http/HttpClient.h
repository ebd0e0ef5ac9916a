#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace megaphone {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // Content-Type included; Content-Length is set by the client
    QByteArray body;
    int timeoutMs = 0; // 0: the client's default
};

// What happened on the wire, before any reading of the answer.
enum class HttpTransport {
    Completed, // an HTTP answer arrived (any status)
    NotSent, // refused, DNS, TLS or proxy failure before the request was written
    TimedOut, // no complete answer in time; the request may have been processed
    Broken, // reset or closed after the request was written, or Qt would have re-sent it
    Cancelled, // cancelled by us
};

struct HttpResponse
{
    HttpTransport transport = HttpTransport::Completed;
    int status = 0; // HTTP status when Completed
    HttpHeaders headers;
    QByteArray body;
    QString errorText; // Qt's words for a transport failure, for logs and details
    bool http2 = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool isSuccess() const
    {
        return transport == HttpTransport::Completed && status >= 200 && status < 300;
    }
};

// HTTP for providers and the sandbox's webhooks (DESIGN.md section 4). One per thread.
// - HTTP/2 wherever the server offers it: https with ALPN, and plain http with prior
//   knowledge (h2c) when `h2cPriorKnowledge` is on (the sandbox);
// - for HTTP/1.1-only servers it spreads requests over several QNetworkAccessManagers
//   so that Qt's six connections per host never cap the in-flight window;
// - every request has a timeout;
// - request bodies are one-shot (never buffered for a re-send), so Qt can never repeat a
//   POST by itself: where it would have, the answer is HttpTransport::Broken.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool h2cPriorKnowledge = false;
        int http1Connections = 60; // per host, for servers that do not speak HTTP/2
        int defaultTimeoutMs = 30000;
    };
    using Done = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    HttpClient(const Options &options, QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts the request; `done` runs once, on this client's thread, and not at all
    // once `context` is destroyed.
    void send(const HttpRequest &request, QObject *context, Done done);
    // Aborts every request in flight; their callbacks get HttpTransport::Cancelled.
    void cancelAll();
    int inFlight() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace megaphone
