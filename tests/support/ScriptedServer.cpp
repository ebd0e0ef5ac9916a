#include "ScriptedServer.h"

#include <QtTest>

namespace megaphone::test {

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(
          [this](const HttpServerRequest &request, HttpResponder responder) {
              m_requests.append(request);
              responder.respond(m_script(request));
          },
          this))
{
    answer(200, "{}");
    const auto listening = m_server->listen(QHostAddress::LocalHost);
    if (!listening)
        qFatal("ScriptedServer cannot listen: %s", qPrintable(listening.error().message));
}

QUrl ScriptedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->port());
    return url;
}

void ScriptedServer::answer(int status, const QByteArray &body, const HttpHeaders &headers)
{
    m_script = [status, body, headers](const HttpServerRequest &) {
        HttpServerResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        return response;
    };
}

} // namespace megaphone::test
