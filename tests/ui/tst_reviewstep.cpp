// The Broadcast Builder's review step, offscreen on both backends against the in-process
// sandbox: figures and checks for a draft, "Send a test to my number" reaching the
// sandbox, Send now with its confirmation starting the broadcast, and an unapproved
// template keeping Send disabled. With MEGAPHONE_SCREENSHOTS=DIR it saves the step.
#include "BroadcastStore.h"
#include "DispatcherFixture.h"
#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "TemplateStore.h"
#include "broadcasts/ReviewStep.h"
#include "widgets/Dialogs.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestReviewStep : public QObject, public test::DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { test::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void reviewTestAndSend();
    void unapprovedTemplateCannotBeSent();

private:
    QPushButton *button(const QString &text) const;
    QString labelStarting(const QString &start) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ReviewStep> m_step;
    qint64 m_draft = 0;
};

void TestReviewStep::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    Dialogs::setTestMode(true);
}

void TestReviewStep::init()
{
    MEGAPHONE_OPEN_TEST_DB(m_test);
    Dialogs::reset();
    SandboxOptions options;
    options.mps = 0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen().ok());
    const qint64 account = addAccount(*m_sandbox, 250);
    addContacts(4);
    m_draft = addDraft(account);
    m_step = std::make_unique<ReviewStep>(db(), &credentials);
    m_step->resize(1000, 600);
}

void TestReviewStep::cleanup()
{
    m_step.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_sandbox.reset();
    m_test.reset();
}

QPushButton *TestReviewStep::button(const QString &text) const
{
    for (QPushButton *b : m_step->findChildren<QPushButton *>()) {
        if (b->text().startsWith(text))
            return b;
    }
    return nullptr;
}

QString TestReviewStep::labelStarting(const QString &start) const
{
    for (const QLabel *label : m_step->findChildren<QLabel *>()) {
        if (label->text().startsWith(start))
            return label->text();
    }
    return {};
}

void TestReviewStep::reviewTestAndSend()
{
    QSignalSpy reviewed(m_step.get(), &ReviewStep::reviewed);
    m_step->setDraft(*BroadcastStore(db()).find(m_draft).value());
    QTRY_COMPARE(reviewed.size(), 1);
    QCOMPARE(reviewed.first().first().toBool(), true);
    QVERIFY(!labelStarting(u"4 recipient"_s).isEmpty());
    QVERIFY(labelStarting(u"Sending takes about"_s).contains(u"minute"));
    QVERIFY(!labelStarting(u"No cost estimate"_s).isEmpty());
    QVERIFY(m_step->findChild<QListWidget *>(u"checks"_s)->count() > 0);
    QCOMPARE(m_step->findChild<QTableWidget *>()->rowCount(), 1);

    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (!dir.isEmpty()) {
        m_step->show();
        QVERIFY(m_step->grab().save(dir + u"/wizard-review.png"_s));
    }

    // A test to my number goes through the account's provider (the sandbox).
    m_step->findChild<QLineEdit *>()->setText(u"+49 151 23456789"_s);
    button(u"Send a test"_s)->click();
    QTRY_VERIFY(!labelStarting(u"Sent to +4915123456789"_s).isEmpty());
    QCOMPARE(m_sandbox->acceptedCount(), 1);
    // A number that is none is refused before anything is sent.
    m_step->findChild<QLineEdit *>()->setText(u"12"_s);
    button(u"Send a test"_s)->click();
    QTRY_VERIFY(!labelStarting(u"12 is not a number"_s).isEmpty());

    // Send now asks first; then the wizard saves and sends.
    QSignalSpy requested(m_step.get(), &ReviewStep::sendRequested);
    QSignalSpy sent(m_step.get(), &ReviewStep::sent);
    Dialogs::answerConfirm(false);
    button(u"Send now"_s)->click();
    QCOMPARE(requested.size(), 0);
    Dialogs::answerConfirm(true);
    button(u"Send now"_s)->click();
    QCOMPARE(requested.size(), 1);
    m_step->send(m_draft);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(1).value<BroadcastStatus>(), BroadcastStatus::Running);
    QCOMPARE(broadcast(m_draft).status, BroadcastStatus::Running);
    QCOMPARE(counts(m_draft).value(RecipientStatus::Pending), 4);
}

void TestReviewStep::unapprovedTemplateCannotBeSent()
{
    const Broadcast draft = *BroadcastStore(db()).find(m_draft).value();
    TemplateRecord templ = *TemplateStore(db()).find(draft.templateId).value();
    templ.status = u"REJECTED"_s;
    QVERIFY(TemplateStore(db()).upsert(templ).ok());
    QSignalSpy reviewed(m_step.get(), &ReviewStep::reviewed);
    m_step->setDraft(draft);
    QTRY_COMPARE(reviewed.size(), 1);
    QCOMPARE(reviewed.first().first().toBool(), false);
    QVERIFY(!button(u"Send now"_s)->isEnabled());
    const auto checks = m_step->findChild<QListWidget *>(u"checks"_s);
    QVERIFY(checks->item(0)->text().contains(u"not approved"));
}

QTEST_MAIN(TestReviewStep)
#include "tst_reviewstep.moc"
