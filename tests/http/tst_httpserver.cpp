// HttpServer over real loopback sockets: raw HTTP/1.1 bytes through QTcpSocket, h2c
// (prior knowledge) through QNetworkAccessManager.

#include "HttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace megaphone;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20000;

struct RawResponse
{
    int status = 0;
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

// Every complete response in `data` (interim 1xx answers skipped).
QList<RawResponse> parseResponses(const QByteArray &data)
{
    QList<RawResponse> out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QList<QByteArray> lines = data.mid(pos, end - pos).split('\n');
        RawResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response.status = statusLine.size() > 1 ? statusLine[1].toInt() : -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.append(
                    { lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
        }
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (data.size() < end + 4 + length)
            break;
        response.body = data.mid(end + 4, length);
        pos = end + 4 + length;
        if (response.status >= 200)
            out.append(response);
    }
    return out;
}

class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(
            &socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    QList<RawResponse> responses() const { return parseResponses(received); }

    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
};

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void simpleGet();
    void postEchoesExactBytes();
    void keepAlive();
    void pipelined();
    void concurrentHttp1();
    void h2cMultiplexed();
    void h2cPostEcho();
    void h2cConcurrent();
    void oversizeHeaders();
    void hugeHeaders();
    void oversizeBodyByContentLength();
    void oversizeChunkedBody();
    void h2cOversizeBody();
    void h2cOversizeHeaders();
    void malformedRequests_data();
    void malformedRequests();
    void deferredAnswer();
    void dropConnection();
    void h2cDrop();
    void forgottenResponderAnswers500();
    void destroyedWithPendingRequest();
    void portInUse();

private:
    void startServer(const HttpServer::Limits &limits = {});
    void handle(const HttpServerRequest &request, HttpResponder responder);
    QNetworkReply *h2Get(const QByteArray &path);
    QUrl url(const QByteArray &path) const;

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<HttpServerRequest> m_requests;
    QList<HttpResponder> m_held;
    int m_holdUntil = 0;
};

void TestHttpServer::init()
{
    m_requests.clear();
    m_held.clear();
    m_holdUntil = 0;
    m_nam = std::make_unique<QNetworkAccessManager>();
    startServer();
}

void TestHttpServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_held.clear();
}

void TestHttpServer::startServer(const HttpServer::Limits &limits)
{
    m_server.reset();
    m_server
        = std::make_unique<HttpServer>([this](const HttpServerRequest &request,
                                           HttpResponder responder) { handle(request, responder); },
            limits);
    const auto listening = m_server->listen(QHostAddress::LocalHost);
    QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
    QVERIFY(m_server->port() != 0);
}

// Echo handler: the body back, request fields in headers. Paths choose the behaviour.
void TestHttpServer::handle(const HttpServerRequest &request, HttpResponder responder)
{
    m_requests.append(request);
    HttpServerResponse response;
    response.headers = { { "Content-Type", "application/octet-stream" },
        { "X-Method", request.method }, { "X-Path", request.path }, { "X-Query", request.query },
        { "X-Http2", request.http2 ? "1" : "0" },
        { "X-Peer", request.peer.toString().toLatin1() } };
    response.body = request.body;
    if (request.path == "/drop")
        return responder.dropConnection();
    if (request.path == "/forget")
        return; // the last copy goes away unanswered
    if (request.path == "/never") {
        m_held.append(responder);
        return;
    }
    if (request.path == "/defer") {
        QTimer::singleShot(
            30, this, [responder, response]() mutable { responder.respond(response); });
        return;
    }
    if (request.path.startsWith("/hold")) {
        // Answer nothing until m_holdUntil requests are in flight together.
        m_held.append(responder);
        if (m_held.size() >= m_holdUntil) {
            for (HttpResponder &held : m_held)
                held.respond(response);
            m_held.clear();
        }
        return;
    }
    responder.respond(response);
}

QUrl TestHttpServer::url(const QByteArray &path) const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port()) + QString::fromLatin1(path));
}

QNetworkReply *TestHttpServer::h2Get(const QByteArray &path)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    return m_nam->get(request);
}

void TestHttpServer::simpleGet()
{
    RawClient client(m_server->port());
    client.send(get("/v23.0/1%2023/messages?a=1&b=%20x"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    const RawResponse response = client.responses().first();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("X-Method"), "GET");
    QCOMPARE(response.header("X-Path"), "/v23.0/1 23/messages");
    QCOMPARE(response.header("X-Query"), "a=1&b=%20x");
    QCOMPARE(response.header("X-Http2"), "0");
    QCOMPARE(response.header("X-Peer"), "127.0.0.1");
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.first().header("host"), "localhost");
    QVERIFY(!m_requests.first().http2);
}

void TestHttpServer::postEchoesExactBytes()
{
    QByteArray body;
    for (int i = 0; i < 100000; ++i)
        body.append(char(i * 7 % 256));
    RawClient client(m_server->port());
    client.send(post("/echo", body));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().status, 200);
    QCOMPARE(client.responses().first().header("X-Method"), "POST");
    QCOMPARE(client.responses().first().body, body);
    QCOMPARE(m_requests.first().body, body);
    QCOMPARE(m_requests.first().header("CONTENT-TYPE"), "application/octet-stream");
}

void TestHttpServer::keepAlive()
{
    RawClient client(m_server->port());
    client.send(post("/first", "one"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    client.send(post("/second", "two"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 2, kWaitMs);
    QCOMPARE(client.responses().at(1).body, "two");
    QCOMPARE(client.responses().at(1).header("X-Path"), "/second");
    QVERIFY(!client.closed);
}

void TestHttpServer::pipelined()
{
    RawClient client(m_server->port());
    // The first is answered later than the second would be: order must hold anyway.
    client.send(post("/defer", "first") + post("/echo", "second") + get("/third"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 3, kWaitMs);
    const auto responses = client.responses();
    QCOMPARE(responses[0].body, "first");
    QCOMPARE(responses[1].body, "second");
    QCOMPARE(responses[2].header("X-Path"), "/third");
}

void TestHttpServer::concurrentHttp1()
{
    constexpr int count = 50;
    m_holdUntil = count;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawClient>(m_server->port()));
        clients.back()->send(post("/hold", QByteArray::number(i)));
    }
    for (int i = 0; i < count; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(clients[size_t(i)]->responses().size(), 1, kWaitMs);
        QCOMPARE(clients[size_t(i)]->responses().first().status, 200);
    }
    QCOMPARE(m_requests.size(), count);
}

void TestHttpServer::h2cMultiplexed()
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(h2Get("/item/" + QByteArray::number(i) + "?n=" + QByteArray::number(i)));
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("x-path"), "/item/" + QByteArray::number(i));
        QCOMPARE(reply->rawHeader("x-query"), "n=" + QByteArray::number(i));
        QCOMPARE(reply->rawHeader("x-http2"), "1");
        reply->deleteLater();
    }
    QVERIFY(m_requests.first().http2);
    QVERIFY(m_requests.first().header("host").startsWith("127.0.0.1:"));
}

void TestHttpServer::h2cPostEcho()
{
    QByteArray body;
    for (int i = 0; i < 300000; ++i)
        body.append(char(i * 13 % 256));
    QNetworkRequest request(url("/echo"));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    QNetworkReply *reply = m_nam->post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    QCOMPARE(reply->readAll(), body);
    QCOMPARE(m_requests.first().body, body);
    reply->deleteLater();
}

void TestHttpServer::h2cConcurrent()
{
    const int count = qEnvironmentVariableIntValue("MEGAPHONE_H2_INFLIGHT") > 0
        ? qEnvironmentVariableIntValue("MEGAPHONE_H2_INFLIGHT")
        : 200;
    // One request first, so that Qt has the server's SETTINGS (its stream limit) before
    // the burst: until then Qt allows itself 100 streams and queues the rest.
    QNetworkReply *first = h2Get("/first");
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), kWaitMs);
    first->deleteLater();
    m_requests.clear();
    m_holdUntil = count;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i)
        replies.append(h2Get("/hold/" + QByteArray::number(i)));
    for (QNetworkReply *reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
        reply->deleteLater();
    }
    QCOMPARE(m_requests.size(), count);
}

void TestHttpServer::oversizeHeaders()
{
    RawClient client(m_server->port());
    client.send("GET /big HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(20 * 1024, 'a')
        + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().status, 431);
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::hugeHeaders()
{
    // Far beyond what libmicrohttpd's connection memory holds: refused, never buffered.
    RawClient client(m_server->port());
    client.send("GET /big HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(1024 * 1024, 'a')
        + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.closed || !client.responses().isEmpty(), kWaitMs);
    if (!client.responses().isEmpty())
        QCOMPARE(client.responses().first().status, 431);
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::oversizeBodyByContentLength()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1024;
    startServer(limits);
    RawClient client(m_server->port());
    // Only the headers: the answer must come without the body being sent.
    client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().status, 413);
    QVERIFY(m_requests.isEmpty());
}

void TestHttpServer::oversizeChunkedBody()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1024;
    startServer(limits);
    RawClient client(m_server->port());
    QByteArray request
        = "POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 8; ++i)
        request += "200\r\n" + QByteArray(512, 'x') + "\r\n";
    request += "0\r\n\r\n";
    client.send(request);
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().status, 413);
    QVERIFY(m_requests.isEmpty());

    // Within the limit, chunked works.
    RawClient small(m_server->port());
    small.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
               "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(small.responses().size(), 1, kWaitMs);
    QCOMPARE(small.responses().first().body, "abcdefg");
}

void TestHttpServer::h2cOversizeBody()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1024;
    startServer(limits);
    QNetworkRequest request(url("/echo"));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    QNetworkReply *reply = m_nam->post(request, QByteArray(200000, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QVERIFY(m_requests.isEmpty());
    reply->deleteLater();

    // The connection still serves.
    QNetworkReply *next = h2Get("/after");
    QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), kWaitMs);
    QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    next->deleteLater();
}

void TestHttpServer::h2cOversizeHeaders()
{
    QNetworkRequest request(url("/big"));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    request.setRawHeader("x-big", QByteArray(20 * 1024, 'a'));
    QNetworkReply *reply = m_nam->get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 431);
    QVERIFY(m_requests.isEmpty());
    reply->deleteLater();
}

void TestHttpServer::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage line") << QByteArray("garbage\r\n\r\n");
    QTest::newRow("bad header line")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n");
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n");
    QTest::newRow("bad content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
    QTest::newRow("bad chunk") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9);
    QTest::newRow("tls hello") << QByteArray::fromHex("16030100a5010000a10303")
            + QByteArray(64, '\x17');
    QTest::newRow("partial preface") << QByteArray("PRI * HTTP/2.0\r\n");
    QTest::newRow("broken h2 after preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\xff\xff\xff\xff\xff\xff\xff\xff\xff", 33);
}

void TestHttpServer::malformedRequests()
{
    QFETCH(QByteArray, bytes);
    HttpServer::Limits limits;
    limits.idleTimeoutSeconds = 1; // what never completes is closed when idle
    startServer(limits);
    RawClient client(m_server->port());
    client.send(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed || !client.responses().isEmpty(), kWaitMs);
    if (!client.responses().isEmpty())
        QVERIFY(client.responses().first().status >= 400);
    QVERIFY(m_requests.isEmpty());

    // The server lives on.
    RawClient next(m_server->port());
    next.send(get("/alive"));
    QTRY_COMPARE_WITH_TIMEOUT(next.responses().size(), 1, kWaitMs);
    QCOMPARE(next.responses().first().status, 200);
}

void TestHttpServer::deferredAnswer()
{
    RawClient client(m_server->port());
    client.send(post("/defer", "later"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().body, "later");

    QNetworkReply *reply = h2Get("/defer");
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestHttpServer::dropConnection()
{
    RawClient client(m_server->port());
    client.send(get("/drop"));
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, kWaitMs);
    QVERIFY(client.received.isEmpty());
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpServer::h2cDrop()
{
    QNetworkReply *dropped = h2Get("/drop");
    QTRY_VERIFY_WITH_TIMEOUT(dropped->isFinished(), kWaitMs);
    QCOMPARE(dropped->error(), QNetworkReply::ProtocolFailure); // RST_STREAM, not an HTTP answer
    QVERIFY(!dropped->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    dropped->deleteLater();
}

void TestHttpServer::forgottenResponderAnswers500()
{
    RawClient client(m_server->port());
    client.send(get("/forget"));
    QTRY_COMPARE_WITH_TIMEOUT(client.responses().size(), 1, kWaitMs);
    QCOMPARE(client.responses().first().status, 500);

    QNetworkReply *reply = h2Get("/forget");
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    reply->deleteLater();
}

void TestHttpServer::destroyedWithPendingRequest()
{
    RawClient client(m_server->port());
    client.send(get("/never"));
    // A raw h2c client: preface, empty SETTINGS, one HEADERS frame (GET /never).
    RawClient h2(m_server->port());
    const QByteArray block = QByteArray::fromHex("8286") + "\x44\x06/never" + "\x41\x09localhost";
    QByteArray frames = QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
        + QByteArray::fromHex("000000040000000000");
    frames += QByteArray(2, '\0') + char(block.size()) + QByteArray::fromHex("0105")
        + QByteArray::fromHex("00000001");
    h2.send(frames + block);
    QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 2, kWaitMs);
    m_server.reset();
    // Answers after the server is gone do nothing.
    for (HttpResponder &held : m_held) {
        held.respond({});
        QVERIFY(held.answered());
    }
    m_held.clear();
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, kWaitMs);
    QVERIFY(client.responses().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(h2.closed, kWaitMs);
    QVERIFY(!h2.received.contains("never"));
}

void TestHttpServer::portInUse()
{
    HttpServer other([](const HttpServerRequest &, HttpResponder) {});
    const auto result = other.listen(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"port-in-use"_s);
    QVERIFY(result.error().message.contains(QString::number(m_server->port())));
    QVERIFY(!other.isListening());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
