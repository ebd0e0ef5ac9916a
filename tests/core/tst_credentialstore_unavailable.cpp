#include "secrets/KeychainCredentialStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

// Run by CTest with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no keychain at all.
class TestCredentialStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSaysPlainlyThatNoKeychainWasFound();
    void writesFailInsteadOfFallingBackToPlaintext();
};

void TestCredentialStoreUnavailable::probeSaysPlainlyThatNoKeychainWasFound()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    KeychainCredentialStore store(u"Megaphone-test"_s);
    auto probe = store.probe();
    QVERIFY(!probe.ok());
    QCOMPARE(probe.error().code, u"unavailable"_s);
    QVERIFY2(probe.error().message.contains(u"No usable keychain"_s), qPrintable(probe.error().message));
    QVERIFY(probe.error().message.contains(u"MEGAPHONE_SECRET_"_s));
}

void TestCredentialStoreUnavailable::writesFailInsteadOfFallingBackToPlaintext()
{
    KeychainCredentialStore store(u"Megaphone-test"_s);
    auto written = store.write(u"account/1/access_token"_s, u"EAAG-secret"_s);
    QVERIFY(!written.ok());
    QVERIFY(written.error().code != u"not-found"_s);
    QVERIFY(!store.read(u"account/1/access_token"_s).ok());
}

QTEST_GUILESS_MAIN(TestCredentialStoreUnavailable)
#include "tst_credentialstore_unavailable.moc"
