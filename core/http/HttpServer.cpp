#include "HttpServer.h"

#include "HttpExchange.h"
#include "HttpServerLoop.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace megaphone {

QByteArray HttpServerRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void splitRequestTarget(const QByteArray &target, QByteArray *path, QByteArray *query)
{
    QByteArray raw = target;
    // Absolute form (a proxy-style request line): keep the path only.
    if (raw.startsWith("http://") || raw.startsWith("https://")) {
        const qsizetype slash = raw.indexOf('/', raw.indexOf("//") + 2);
        raw = slash < 0 ? QByteArray("/") : raw.mid(slash);
    }
    const qsizetype mark = raw.indexOf('?');
    *query = mark < 0 ? QByteArray() : raw.mid(mark + 1);
    *path = QByteArray::fromPercentEncoding(mark < 0 ? raw : raw.left(mark));
}

HttpServerResponse plainResponse(int status, const QByteArray &text)
{
    HttpServerResponse response;
    response.status = status;
    response.headers = { { "Content-Type", "text/plain; charset=utf-8" } };
    response.body = text + '\n';
    return response;
}

HttpResponder::State::~State()
{
    if (answered)
        return;
    if (auto server = loop.lock())
        server->post([exchange = exchange] { exchange->respond(plainResponse(500, "No answer")); });
}

HttpResponder::HttpResponder(std::shared_ptr<State> state) : m_state(std::move(state))
{ }

void HttpResponder::respond(const HttpServerResponse &response)
{
    if (!m_state || m_state->answered.exchange(true))
        return;
    if (auto server = m_state->loop.lock())
        server->post([exchange = m_state->exchange, response] { exchange->respond(response); });
}

void HttpResponder::dropConnection()
{
    if (!m_state || m_state->answered.exchange(true))
        return;
    if (auto server = m_state->loop.lock())
        server->post([exchange = m_state->exchange] { exchange->drop(); });
}

bool HttpResponder::answered() const
{
    return m_state && m_state->answered;
}

struct HttpServer::Private
{
    Handler handler;
    Limits limits;
    std::shared_ptr<HttpServerLoop> loop;
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : HttpServer(std::move(handler), Limits(), parent)
{ }

HttpServer::HttpServer(Handler handler, const Limits &limits, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->handler = std::move(handler);
    d->limits = limits;
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    bool ok = colon > 0;
    const quint16 number = ok ? trimmed.mid(colon + 1).toUShort(&ok) : 0;
    QString host = trimmed.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2); // [::1]:8090
    QHostAddress parsed;
    if (!ok || !parsed.setAddress(host))
        return false;
    address = parsed;
    port = number;
    return true;
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->loop)
        return makeError(u"already-listening"_s,
            tr("The server is already listening on port %1.").arg(d->loop->port()));
    // Runs on the network thread; the handler runs on this object's thread.
    auto dispatch
        = [this](HttpServerRequest &&request, std::shared_ptr<HttpResponder::State> state) {
              QMetaObject::invokeMethod(
                  this,
                  [this, request = std::move(request), state = std::move(state)]() mutable {
                      if (state->loop.expired()) { // closed meanwhile: nobody to answer
                          state->answered = true;
                          return;
                      }
                      d->handler(request, HttpResponder(std::move(state)));
                  },
                  Qt::QueuedConnection);
          };
    auto loop = std::make_shared<HttpServerLoop>(d->limits, std::move(dispatch));
    if (auto started = loop->listen(address, port); !started)
        return started;
    d->loop = std::move(loop);
    return {};
}

void HttpServer::close()
{
    if (!d->loop)
        return;
    d->loop->stop();
    d->loop.reset();
}

quint16 HttpServer::port() const
{
    return d->loop ? d->loop->port() : 0;
}

QHostAddress HttpServer::address() const
{
    return d->loop ? d->loop->address() : QHostAddress();
}

bool HttpServer::isListening() const
{
    return bool(d->loop);
}

} // namespace megaphone
