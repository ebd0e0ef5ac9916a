#pragma once

#include "HttpServer.h"

#include <QList>
#include <QObject>

#include <functional>

namespace megaphone::test {

// A small HTTP server on loopback for provider tests: it records every request and
// answers through a script the test sets (by default 200 with "{}").
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Script = std::function<HttpServerResponse(const HttpServerRequest &request)>;

    explicit ScriptedServer(QObject *parent = nullptr);

    QUrl baseUrl() const;
    void setScript(Script script) { m_script = std::move(script); }
    // Answers every request with this status and JSON body.
    void answer(int status, const QByteArray &body,
        const HttpHeaders &headers = { { "Content-Type", "application/json" } });

    const QList<HttpServerRequest> &requests() const { return m_requests; }
    HttpServerRequest last() const { return m_requests.value(m_requests.size() - 1); }

private:
    HttpServer *m_server;
    Script m_script;
    QList<HttpServerRequest> m_requests;
};

} // namespace megaphone::test
