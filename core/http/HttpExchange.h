#pragma once

// Internal to HttpServer: the link between a request on the network thread and the
// HttpResponder handed to the handler on the server's thread.

#include "HttpServer.h"

#include <atomic>
#include <memory>

namespace megaphone {

class HttpServerLoop;

// One request in flight. Lives on the network thread: its functions run only there
// (HttpResponder posts them through HttpServerLoop::post). Once the connection or
// stream is gone they do nothing.
class HttpExchange
{
public:
    virtual ~HttpExchange() = default;
    virtual void respond(const HttpServerResponse &response) = 0;
    virtual void drop() = 0;
};

struct HttpResponder::State
{
    std::weak_ptr<HttpServerLoop> loop;
    std::shared_ptr<HttpExchange> exchange;
    std::atomic_bool answered = false;

    ~State(); // unanswered: the client gets a 500
};

// Splits a request target into the decoded path and the raw query.
void splitRequestTarget(const QByteArray &target, QByteArray *path, QByteArray *query);

// A small plain-text answer the server gives by itself (413, 431, 500).
HttpServerResponse plainResponse(int status, const QByteArray &text);

} // namespace megaphone
