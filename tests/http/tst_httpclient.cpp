#include "HttpClient.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace megaphone;
using namespace Qt::StringLiterals;

namespace {

struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A small HTTP/1.1 server on loopback, written for these tests only: it parses requests
// with a Content-Length body and answers each one according to `mode`.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Answer, // answer at once (or after `delayMs`), keep the connection open
        Silent, // read the request, never answer
        CloseAfterRequest // read the request, then close the connection without an answer
    };

    explicit LoopbackServer(Mode mode = Mode::Answer) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::accept);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    int status = 200;
    QByteArray body = "hello";
    HttpHeaders headers;
    int delayMs = 0;
    QList<SeenRequest> requests;
    int connections = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (std::optional<SeenRequest> request = takeRequest(buffer)) {
            requests.append(*request);
            respond(socket);
        }
    }

    static std::optional<SeenRequest> takeRequest(QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        SeenRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({ name, value });
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return std::nullopt;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        return request;
    }

    void respond(QTcpSocket *socket)
    {
        if (m_mode == Mode::Silent)
            return;
        if (m_mode == Mode::CloseAfterRequest) {
            socket->close();
            return;
        }
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
            + "Connection: keep-alive\r\n";
        for (const auto &[name, value] : headers)
            answer += name + ": " + value + "\r\n";
        answer += "\r\n" + body;
        const QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delayMs, this, [guard, answer] {
            if (guard)
                guard->write(answer);
        });
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Collects the answers of one or more requests.
struct Answers
{
    QList<HttpResponse> received;

    HttpClient::Done callback()
    {
        return [this](const HttpResponse &response) { received.append(response); };
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getRoundTrip();
    void postRoundTrip();
    void emptyPost();
    void authenticationChallengeIsCompleted();
    void errorStatusIsCompleted_data();
    void errorStatusIsCompleted();
    void connectionRefusedIsNotSent();
    void noAnswerTimesOut();
    void closeAfterPostIsBrokenAndNeverResent();
    void http1RequestsSpreadOverMoreThanSixConnections();
    void noCallbackAfterContextDeleted();
    void cancelAllReportsCancelled();
    void destructorRunsNoCallbacks();
};

void TestHttpClient::getRoundTrip()
{
    LoopbackServer server;
    server.headers = { { "X-Reply", "yes" } };
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.url = server.url(u"/hello?x=1"_s);
    request.headers = { { "X-Test", "42" } };
    client.send(request, this, answers.callback());
    QCOMPARE(client.inFlight(), 1);
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(client.inFlight(), 0);

    const HttpResponse &response = answers.received.first();
    QCOMPARE(response.transport, HttpTransport::Completed);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, "hello"_ba);
    QCOMPARE(response.header("x-reply"), "yes"_ba);
    QVERIFY(response.isSuccess());
    QVERIFY(!response.http2);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, "GET"_ba);
    QCOMPARE(server.requests.first().path, "/hello?x=1"_ba);
    QCOMPARE(server.requests.first().header("x-test"), "42"_ba);
}

void TestHttpClient::postRoundTrip()
{
    LoopbackServer server;
    server.status = 201;
    server.body = R"({"sid":"SM1"})"_ba;
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/v1/send-message"_s);
    request.headers = { { "Content-Type", "application/json" }, { "Content-Length", "999" } };
    request.body = R"({"phone":"+4915123456789","message":"Hi"})"_ba;
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);

    const HttpResponse &response = answers.received.first();
    QCOMPARE(response.transport, HttpTransport::Completed);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.body, server.body);
    QCOMPARE(server.requests.size(), 1);
    const SeenRequest &seen = server.requests.first();
    QCOMPARE(seen.method, "POST"_ba);
    QCOMPARE(seen.body, request.body);
    QCOMPARE(seen.header("Content-Type"), "application/json"_ba);
    QCOMPARE(seen.header("Content-Length"), QByteArray::number(request.body.size()));
    QVERIFY(seen.header("Transfer-Encoding").isEmpty());
}

void TestHttpClient::emptyPost()
{
    LoopbackServer server;
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/empty"_s);
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.first().transport, HttpTransport::Completed);
    QCOMPARE(answers.received.first().status, 200);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().header("Content-Length"), "0"_ba);
    QVERIFY(server.requests.first().body.isEmpty());
}

// QNAM asks for credentials on a challenge; nobody gives any, and the 401 is an answer.
void TestHttpClient::authenticationChallengeIsCompleted()
{
    LoopbackServer server;
    server.status = 401;
    server.body = R"({"error":"bad token"})"_ba;
    server.headers = { { "WWW-Authenticate", "Basic realm=\"api\"" } };
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/send"_s);
    request.body = "{}";
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.first().transport, HttpTransport::Completed);
    QCOMPARE(answers.received.first().status, 401);
    QCOMPARE(answers.received.first().body, server.body);
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpClient::errorStatusIsCompleted_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    for (int status : { 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504 }) {
        QTest::addRow("GET %d", status) << status << "GET"_ba;
        QTest::addRow("POST %d", status) << status << "POST"_ba;
    }
}

void TestHttpClient::errorStatusIsCompleted()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    LoopbackServer server;
    server.status = status;
    server.body = R"({"error":{"code":131026,"message":"(#131026) Message undeliverable"}})"_ba;
    server.headers = { { "Retry-After", "7" } };
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = method;
    request.url = server.url(u"/send"_s);
    if (method == "POST")
        request.body = "{}";
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);

    const HttpResponse &response = answers.received.first();
    QCOMPARE(response.transport, HttpTransport::Completed);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, server.body);
    QCOMPARE(response.header("Retry-After"), "7"_ba);
    QVERIFY(!response.isSuccess());
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpClient::connectionRefusedIsNotSent()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(u"http://127.0.0.1:%1/send"_s.arg(port));
    request.body = "{}";
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.first().transport, HttpTransport::NotSent);
    QVERIFY(!answers.received.first().errorText.isEmpty());
}

void TestHttpClient::noAnswerTimesOut()
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    HttpClient::Options options;
    options.defaultTimeoutMs = 60000;
    HttpClient client(options);
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/send"_s);
    request.body = "{}";
    request.timeoutMs = 200; // the request's own limit wins over the default
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.first().transport, HttpTransport::TimedOut);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(client.inFlight(), 0);
}

// The key property: Qt 6.4 re-sends a buffered POST when an HTTP/1.1 server closes the
// connection after reading it. With the one-shot body the server sees it once and the
// client reports Broken.
void TestHttpClient::closeAfterPostIsBrokenAndNeverResent()
{
    LoopbackServer server(LoopbackServer::Mode::CloseAfterRequest);
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/send"_s);
    request.headers = { { "Content-Type", "application/json" } };
    request.body = R"({"to":"+4915123456789"})"_ba;
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.first().transport, HttpTransport::Broken);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().body, request.body);
    // A second send on the same client behaves the same: no hidden retry of either.
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 2);
    QCOMPARE(answers.received.last().transport, HttpTransport::Broken);
    QCOMPARE(server.requests.size(), 2);
}

void TestHttpClient::http1RequestsSpreadOverMoreThanSixConnections()
{
    LoopbackServer server;
    server.delayMs = 300;
    HttpClient::Options options;
    options.http1Connections = 24;
    HttpClient client(options);
    Answers answers;
    constexpr int count = 40;
    for (int i = 0; i < count; ++i) {
        HttpRequest request;
        request.method = "POST";
        request.url = server.url(u"/send/%1"_s.arg(i));
        request.body = QByteArray::number(i);
        client.send(request, nullptr, answers.callback());
    }
    QCOMPARE(client.inFlight(), count);
    QTRY_COMPARE_WITH_TIMEOUT(answers.received.size(), count, 30000);
    for (const HttpResponse &response : std::as_const(answers.received))
        QCOMPARE(response.status, 200);
    QCOMPARE(server.requests.size(), count);
    QVERIFY2(server.connections > 6, qPrintable(u"%1 connections"_s.arg(server.connections)));
    QVERIFY2(server.connections <= 24, qPrintable(u"%1 connections"_s.arg(server.connections)));
    QCOMPARE(client.inFlight(), 0);
}

void TestHttpClient::noCallbackAfterContextDeleted()
{
    LoopbackServer server;
    server.delayMs = 100;
    HttpClient client;
    Answers dropped;
    Answers kept;
    auto *context = new QObject;
    HttpRequest request;
    request.url = server.url(u"/a"_s);
    client.send(request, context, dropped.callback());
    client.send(request, this, kept.callback());
    delete context;
    QTRY_COMPARE(kept.received.size(), 1);
    QTRY_COMPARE(client.inFlight(), 0);
    QCOMPARE(server.requests.size(), 2);
    QCoreApplication::processEvents();
    QVERIFY(dropped.received.isEmpty());
}

void TestHttpClient::cancelAllReportsCancelled()
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    HttpClient client;
    Answers answers;
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/send"_s);
    request.body = "{}";
    for (int i = 0; i < 3; ++i)
        client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(server.requests.size(), 3);
    client.cancelAll();
    QTRY_COMPARE(answers.received.size(), 3);
    for (const HttpResponse &response : std::as_const(answers.received))
        QCOMPARE(response.transport, HttpTransport::Cancelled);
    QCOMPARE(client.inFlight(), 0);
    // The client still works after a cancel.
    LoopbackServer other;
    request.url = other.url(u"/again"_s);
    client.send(request, nullptr, answers.callback());
    QTRY_COMPARE(answers.received.size(), 4);
    QCOMPARE(answers.received.last().transport, HttpTransport::Completed);
}

void TestHttpClient::destructorRunsNoCallbacks()
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    auto answers = std::make_unique<Answers>();
    auto client = std::make_unique<HttpClient>();
    HttpRequest request;
    request.method = "POST";
    request.url = server.url(u"/send"_s);
    request.body = "{}";
    bool called = false;
    for (int i = 0; i < 2; ++i)
        client->send(request, nullptr, [&called](const HttpResponse &) { called = true; });
    QTRY_COMPARE(server.requests.size(), 2);
    client.reset();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
