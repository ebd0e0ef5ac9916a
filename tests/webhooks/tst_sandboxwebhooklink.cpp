// The in-process sandbox's status webhooks reach the app's database while the public
// receiver is off (DESIGN.md section 4): a broadcast of a sandbox account is sent by a
// dispatcher, and its recipients move to delivered (and read) by the sandbox's own signed
// webhooks through SandboxWebhookLink. A webhook signed with another secret is refused.
// On both backends.
#include "AccountStore.h"
#include "BroadcastControl.h"
#include "Clock.h"
#include "DispatcherFixture.h"
#include "SandboxHost.h"
#include "SandboxServer.h"
#include "SandboxWebhookLink.h"
#include "WebhookSignature.h"
#include "WebhookStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestSandboxWebhookLink : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void init() { MEGAPHONE_OPEN_TEST_DB(m_test); }
    void cleanup() { m_test.reset(); }

    void statusesComeBackWithoutThePublicReceiver();
    void foreignSignatureIsRefused();

private:
    qint64 addSandboxAccount();
};

qint64 TestSandboxWebhookLink::addSandboxAccount()
{
    const qint64 id = addAccount(QUrl());
    Account account = *AccountStore(db()).find(id).value();
    account.provider = ProviderKind::Sandbox;
    account.baseUrl.clear();
    if (!AccountStore(db()).update(account))
        qFatal("not a sandbox account");
    return id;
}

void TestSandboxWebhookLink::statusesComeBackWithoutThePublicReceiver()
{
    SandboxWebhookLink link(db());
    QVERIFY(link.startIfSandboxAccounts().ok());
    QVERIFY(link.url().isEmpty()); // no sandbox account yet: nothing started
    const qint64 account = addSandboxAccount();
    QVERIFY(link.startIfSandboxAccounts().ok());
    QCOMPARE(link.url().path(), u"/webhooks/sandbox"_s);
    QCOMPARE(link.url().host(), u"127.0.0.1"_s);

    addContacts(6);
    const qint64 broadcast = addDraft(account);
    QVERIFY(BroadcastControl(db()).send(broadcast, Clock::nowMs()).ok());
    QCOMPARE(runUntilEnded(account, broadcast), BroadcastStatus::Completed);
    QVERIFY(SandboxHost::server());
    // sent at once; delivered 2 steps (400 ms) after acceptance by the sandbox's webhooks
    QTRY_COMPARE_WITH_TIMEOUT(counts(broadcast).value(RecipientStatus::Delivered)
                                  + counts(broadcast).value(RecipientStatus::Read),
                              6, 10000);
    QVERIFY(SandboxHost::server()->webhooksPosted() > 0);
}

void TestSandboxWebhookLink::foreignSignatureIsRefused()
{
    SandboxWebhookLink link(db());
    QVERIFY(link.start().ok());
    QNetworkAccessManager network;
    QNetworkRequest request(link.url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
    request.setRawHeader("X-Hub-Signature-256", WebhookSignature::meta(body, u"guessed"_s));
    QNetworkReply *reply = network.post(request, body);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();
    QCOMPARE(WebhookStore(db()).pendingCount().value(), 0LL);
}

QTEST_GUILESS_MAIN(TestSandboxWebhookLink)
#include "tst_sandboxwebhooklink.moc"
