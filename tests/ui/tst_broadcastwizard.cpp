// The Broadcast Builder's Setup and Content steps driven offscreen on both backends:
// the reasons Next is blocked, a mapping that leaves contacts empty, Save draft and a
// draft opened again.
//
// With MEGAPHONE_SCREENSHOTS=DIR set, each step is saved as DIR/broadcast-wizard-N-name.png
// (the same pictures again by each test that passes there).
#include "AccountStore.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "RecipientStore.h"
#include "ContactStore.h"
#include "SandboxFixtures.h"
#include "TemplateStore.h"
#include "TestDatabase.h"
#include "broadcasts/BroadcastContentPage.h"
#include "broadcasts/BroadcastDraft.h"
#include "broadcasts/BroadcastReviewPage.h"
#include "broadcasts/ReviewStep.h"
#include "broadcasts/BroadcastSetupPage.h"
#include "broadcasts/BroadcastWizard.h"
#include "broadcasts/SampleMessagePreview.h"
#include "broadcasts/TemplatePicker.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestBroadcastWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initTestCase_data() { test::addBackendRows(); }
    void init();
    void cleanup();

    void setupBlocksUntilValid();
    void contentBlocksOnABadMapping();
    void draftIsSavedAndReopened();
    void greyedTemplatesCannotBeChosen();
    void sendsFromTheReviewStep();

private:
    void seed();
    void openWizard(qint64 draftId = 0);
    void fillSetup();
    void goToContent();
    void fillContent();
    QString blocker() const;
    QAbstractButton *forwardButton() const;
    void screenshot(const QString &name);
    template<typename T> T *find(const QString &objectName) const;

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<BroadcastWizard> m_wizard;
    qint64 m_accountId = 0;
    qint64 m_springSale = 0;
    qint64 m_welcomeBack = 0; // pending review
};

void TestBroadcastWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBroadcastWizard::init()
{
    Dialogs::reset();
    MEGAPHONE_OPEN_TEST_DB(m_testDb);
    m_db = m_testDb->db();
    seed();
}

void TestBroadcastWizard::cleanup()
{
    m_wizard.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_db.reset();
    m_testDb.reset();
    QCOMPARE(Dialogs::shown(), QStringList());
}

// A sandbox number with the sandbox's templates; five opted-in contacts of which two
// have no first name, one opted out.
void TestBroadcastWizard::seed()
{
    Account account;
    account.provider = ProviderKind::Sandbox;
    account.label = u"Brazil marketing"_s;
    account.displayNumber = u"+55 11 4000-1000"_s;
    account.throughputMps = 80;
    m_accountId = AccountStore(m_db).add(account).value();
    TemplateStore templates(m_db);
    for (const TemplateRecord &record : test::sandboxTemplates(m_accountId))
        QVERIFY(templates.upsert(record));
    m_springSale = templates.findByName(m_accountId, u"spring_sale"_s, u"en_US"_s).value()->id;
    m_welcomeBack = templates.findByName(m_accountId, u"welcome_back"_s, u"en_US"_s).value()->id;
    const QList<std::tuple<QString, QString, QString, Consent>> people{
        {u"+5511960000001"_s, u"Ana"_s, u"Lima"_s, Consent::OptedIn},
        {u"+5511960000002"_s, u"Bruno"_s, u"Costa"_s, Consent::OptedIn},
        {u"+5511960000003"_s, QString(), u"Dias"_s, Consent::OptedIn},
        {u"+5511960000004"_s, u"Elis"_s, QString(), Consent::OptedIn},
        {u"+5511960000005"_s, QString(), QString(), Consent::OptedIn},
        {u"+5511960000006"_s, QString(), QString(), Consent::OptedOut},
    };
    for (const auto &[phone, first, last, consent] : people) {
        Contact c;
        c.phoneE164 = phone;
        c.firstName = first;
        c.lastName = last;
        c.consent = consent;
        c.attributes = {{u"tier"_s, u"gold"_s}};
        QVERIFY(ContactStore(m_db).add(c));
    }
}

template<typename T>
T *TestBroadcastWizard::find(const QString &objectName) const
{
    T *widget = m_wizard->findChild<T *>(objectName);
    if (!widget)
        qWarning() << "no" << T::staticMetaObject.className() << objectName;
    return widget;
}

void TestBroadcastWizard::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let layouts settle
    m_wizard->grab().save(u"%1/broadcast-wizard-%2.png"_s.arg(dir, name));
}

QString TestBroadcastWizard::blocker() const
{
    auto *page = qobject_cast<BroadcastStepPage *>(m_wizard->currentPage());
    return page ? page->blocker() : u"(not a step page)"_s;
}

// Next, or Finish on the last page.
QAbstractButton *TestBroadcastWizard::forwardButton() const
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    return next->isVisible() ? next : m_wizard->button(QWizard::FinishButton);
}

void TestBroadcastWizard::openWizard(qint64 draftId)
{
    m_wizard = std::make_unique<BroadcastWizard>(m_db, draftId);
    m_wizard->resize(1080, 860);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(BroadcastStep::Setup));
    auto *setup = qobject_cast<BroadcastSetupPage *>(m_wizard->stepPage(BroadcastStep::Setup));
    QTRY_VERIFY(setup->accountsLoaded());
}

// Name, account, a schedule in São Paulo, sending hours and a lower rate.
void TestBroadcastWizard::fillSetup()
{
    QTest::keyClicks(find<QLineEdit>(u"setupName"_s), u"Spring sale"_s);
    QTest::mouseClick(find<QRadioButton>(u"setupSchedule"_s), Qt::LeftButton);
    auto *zone = find<QComboBox>(u"setupZone"_s);
    zone->setCurrentIndex(zone->findData(QByteArray("America/Sao_Paulo")));
    find<QDateEdit>(u"setupDate"_s)->setDate(QDate(2099, 3, 2));
    find<QTimeEdit>(u"setupTime"_s)->setTime(QTime(10, 30));
    find<QCheckBox>(u"setupLimitHours"_s)->setChecked(true);
    find<QTimeEdit>(u"setupHoursFrom"_s)->setTime(QTime(9, 0));
    find<QTimeEdit>(u"setupHoursTo"_s)->setTime(QTime(20, 0));
    find<QSpinBox>(u"setupMaxMps"_s)->setValue(40);
    QCOMPARE(blocker(), QString());
}

void TestBroadcastWizard::goToContent()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(BroadcastStep::Audience));
    QTRY_VERIFY2(next->isEnabled(), qPrintable(blocker())); // counted: somebody receives it
    screenshot(u"2b-audience"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(BroadcastStep::Content));
    QTRY_VERIFY(find<TemplatePicker>(u"templatePicker"_s)->isLoaded());
}

void TestBroadcastWizard::setupBlocksUntilValid()
{
    openWizard();
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QCOMPARE(blocker(), u"Give the broadcast a name."_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::CustomButton1)->isEnabled()); // nothing to save yet
    // The number's throughput is the default rate.
    QCOMPARE(find<QComboBox>(u"setupAccount"_s)->currentData().toLongLong(), m_accountId);
    QCOMPARE(find<QSpinBox>(u"setupMaxMps"_s)->value(), 80);
    QCOMPARE(find<QSpinBox>(u"setupMaxMps"_s)->maximum(), 80);
    screenshot(u"1-setup-empty"_s);

    QTest::keyClicks(find<QLineEdit>(u"setupName"_s), u"Spring sale"_s);
    QCOMPARE(blocker(), QString());
    QVERIFY(next->isEnabled());
    QVERIFY(m_wizard->button(QWizard::CustomButton1)->isEnabled());
    // A blank name is no name, and the field says so once touched.
    find<QLineEdit>(u"setupName"_s)->clear();
    QTest::keyClicks(find<QLineEdit>(u"setupName"_s), u"   "_s);
    QCOMPARE(blocker(), u"Give the broadcast a name."_s);
    QVERIFY(find<QLabel>(u"setupNameProblem"_s)->isVisible());
    QVERIFY(!next->isEnabled());
    find<QLineEdit>(u"setupName"_s)->clear();

    fillSetup();
    QVERIFY(next->isEnabled());
    // A time in the past, and sending hours that open and close at once, are refused.
    find<QDateEdit>(u"setupDate"_s)->setDate(QDate(2020, 1, 1));
    QVERIFY(blocker().startsWith(u"Choose a time in the future"_s));
    QVERIFY(!next->isEnabled());
    find<QDateEdit>(u"setupDate"_s)->setDate(QDate(2099, 3, 2));
    find<QTimeEdit>(u"setupHoursTo"_s)->setTime(QTime(9, 0));
    QVERIFY(blocker().startsWith(u"The sending hours open and close at the same time"_s));
    find<QTimeEdit>(u"setupHoursTo"_s)->setTime(QTime(20, 0));
    QCOMPARE(blocker(), QString());
    screenshot(u"2-setup"_s);

    // What the draft holds: the time in São Paulo as UTC, the zone, the hours, the rate.
    BroadcastDraft *draft = m_wizard->draft();
    QCOMPARE(draft->name(), u"Spring sale"_s);
    QCOMPARE(draft->accountId(), m_accountId);
    const QDateTime expected(QDate(2099, 3, 2), QTime(10, 30), QTimeZone("America/Sao_Paulo"));
    QCOMPARE(draft->scheduledAt(), expected.toMSecsSinceEpoch());
    QCOMPARE(draft->scheduleZone(), QByteArray("America/Sao_Paulo"));
    QCOMPARE(draft->sendingHours(), u"09:00-20:00"_s);
    QCOMPARE(draft->maxMps(), 40);
    // Back to "right away": no schedule.
    QTest::mouseClick(find<QRadioButton>(u"setupSendNow"_s), Qt::LeftButton);
    QCOMPARE(draft->scheduledAt(), 0);
    QVERIFY(draft->scheduleZone().isEmpty());
}

// Chooses spring_sale (image header, body {{1}} {{2}}, a link button with a variable) and
// maps it step by step, checking the reason Next is blocked at each.
void TestBroadcastWizard::fillContent()
{
    QCOMPARE(blocker(), u"Choose an approved template."_s);
    auto *list = find<QListView>(u"templateList"_s);
    QModelIndex spring;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(Qt::UserRole + 1).toLongLong() == m_springSale)
            spring = index;
    }
    QVERIFY(spring.isValid());
    list->scrollTo(spring);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(spring).center());
    QCOMPARE(m_wizard->draft()->templateId(), m_springSale);
    QCOMPARE(blocker(), u"Choose a value for Body {{1}} and 2 more variable(s)."_s);
    QVERIFY(!forwardButton()->isEnabled());
    auto *table = find<QTableWidget>(u"mappingTable"_s);
    QCOMPARE(table->rowCount(), 4); // body 1 and 2, the link's end, the optional reply
    QCOMPARE(table->item(0, 4)->text(), u"Needs a value"_s);

    auto choose = [this](const QString &id, const QString &source) {
        auto *combo = find<QComboBox>(u"source_"_s + id);
        combo->setCurrentIndex(combo->findText(source));
    };
    choose(u"body.1"_s, u"Contact field"_s);
    auto *field = find<QComboBox>(u"field_body.1"_s);
    field->setCurrentIndex(field->findData(u"first_name"_s));
    choose(u"body.2"_s, u"Fixed text"_s);
    find<QLineEdit>(u"fixed_body.2"_s)->setText(u"25%"_s);
    QCOMPARE(blocker(), u"Choose a value for Link of \"Shop now\"."_s);
    choose(u"button.0"_s, u"Custom attribute"_s);
    QTRY_COMPARE(find<QComboBox>(u"attribute_button.0"_s)->findText(u"tier"_s), 0);
    find<QComboBox>(u"attribute_button.0"_s)->setCurrentText(u"tier"_s);
    QCOMPARE(blocker(), u"Give the link of the image shown above the message."_s);
    find<QLineEdit>(u"mediaUrl"_s)->setText(u"http:/broken"_s);
    QCOMPARE(blocker(), u"The media link must be a full address starting with https://."_s);
    find<QLineEdit>(u"mediaUrl"_s)->setText(u"https://cdn.example.com/spring.jpg"_s);

    // Two opted-in contacts have no first name (the opted-out one does not count).
    QTRY_COMPARE(blocker(), u"2 contact(s) have no first name: add a fallback for Body {{1}}."_s);
    QVERIFY(!forwardButton()->isEnabled());
    QCOMPARE(table->item(0, 4)->text(), u"Empty for 2 contact(s)"_s);
    QCOMPARE(table->item(2, 4)->text(), u"OK"_s);
    screenshot(u"3-content-problem"_s);

    find<QLineEdit>(u"fallback_body.1"_s)->setText(u"there"_s);
    QTRY_COMPARE(blocker(), QString());
    QVERIFY(forwardButton()->isEnabled());
    QCOMPARE(table->item(0, 4)->text(), u"OK"_s);
}

void TestBroadcastWizard::contentBlocksOnABadMapping()
{
    openWizard();
    fillSetup();
    goToContent();
    fillContent();
    // The preview shows the first contact of the audience.
    auto *preview = find<SampleMessagePreview>(u"sampleMessagePreview"_s);
    QTRY_VERIFY(preview->previewText().contains(u"Hi Ana!"_s));
    auto *contact = find<QComboBox>(u"previewContact"_s);
    QCOMPARE(contact->count(), 5); // the opted-in ones
    contact->setCurrentIndex(2); // no first name: the fallback
    QVERIFY(preview->previewText().contains(u"Hi there!"_s));
    contact->setCurrentIndex(0);
    screenshot(u"4-content"_s);
}

void TestBroadcastWizard::draftIsSavedAndReopened()
{
    openWizard();
    fillSetup();
    goToContent();
    fillContent();
    QAbstractButton *save = m_wizard->button(QWizard::CustomButton1);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_wizard.get(), &BroadcastWizard::draftSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(save->text(), u"Draft saved"_s);
    QVERIFY(!save->isEnabled());

    auto stored = BroadcastStore(m_db).find(id);
    QVERIFY(stored && stored->has_value());
    const Broadcast b = stored->value();
    QCOMPARE(b.name, u"Spring sale"_s);
    QCOMPARE(b.status, BroadcastStatus::Draft);
    QCOMPARE(b.accountId, m_accountId);
    QCOMPARE(b.templateId, m_springSale);
    QCOMPARE(b.maxMps, 40);
    QCOMPARE(b.scheduledAt,
             QDateTime(QDate(2099, 3, 2), QTime(10, 30), QTimeZone("America/Sao_Paulo"))
                 .toMSecsSinceEpoch());
    QCOMPARE(b.sendWindow.value(u"local_hours"_s).toString(), u"09:00-20:00"_s);
    const TemplateMapping mapping = TemplateMapping::fromJson(b.mapping);
    QCOMPARE(mapping.headerMediaUrl, u"https://cdn.example.com/spring.jpg"_s);
    QCOMPARE(mapping.bindings.size(), 3);
    QCOMPARE(mapping.bindings.value(u"body.1"_s).source, ParameterBinding::Source::ContactField);
    QCOMPARE(mapping.bindings.value(u"body.1"_s).value, u"first_name"_s);
    QCOMPARE(mapping.bindings.value(u"body.1"_s).fallback, u"there"_s);
    QCOMPARE(mapping.bindings.value(u"body.2"_s).value, u"25%"_s);
    QCOMPARE(mapping.bindings.value(u"button.0"_s).source, ParameterBinding::Source::Attribute);
    QCOMPARE(mapping.bindings.value(u"button.0"_s).value, u"tier"_s);

    // A change, saved again, updates the same draft.
    find<QLineEdit>(u"fallback_body.1"_s)->setText(u"friend"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).at(0).toLongLong(), id);
    QCOMPARE(BroadcastStore(m_db).list().value().size(), 1);

    // Opened again: every field as saved.
    m_wizard.reset();
    openWizard(id);
    QTRY_COMPARE(m_wizard->draft()->id(), id);
    QCOMPARE(find<QLineEdit>(u"setupName"_s)->text(), u"Spring sale"_s);
    QCOMPARE(find<QComboBox>(u"setupAccount"_s)->currentData().toLongLong(), m_accountId);
    QVERIFY(find<QRadioButton>(u"setupSchedule"_s)->isChecked());
    QCOMPARE(find<QComboBox>(u"setupZone"_s)->currentData().toByteArray(),
             QByteArray("America/Sao_Paulo"));
    QCOMPARE(find<QDateEdit>(u"setupDate"_s)->date(), QDate(2099, 3, 2));
    QCOMPARE(find<QTimeEdit>(u"setupTime"_s)->time(), QTime(10, 30));
    QVERIFY(find<QCheckBox>(u"setupLimitHours"_s)->isChecked());
    QCOMPARE(find<QTimeEdit>(u"setupHoursTo"_s)->time(), QTime(20, 0));
    QCOMPARE(find<QSpinBox>(u"setupMaxMps"_s)->value(), 40);
    QVERIFY(!m_wizard->draft()->isModified());
    QCOMPARE(m_wizard->button(QWizard::CustomButton1)->text(), u"Draft saved"_s);
    goToContent();
    QCOMPARE(find<QComboBox>(u"source_body.1"_s)->currentText(), u"Contact field"_s);
    QCOMPARE(find<QComboBox>(u"field_body.1"_s)->currentData().toString(), u"first_name"_s);
    QCOMPARE(find<QLineEdit>(u"fallback_body.1"_s)->text(), u"friend"_s);
    QCOMPARE(find<QLineEdit>(u"fixed_body.2"_s)->text(), u"25%"_s);
    QCOMPARE(find<QComboBox>(u"attribute_button.0"_s)->currentText(), u"tier"_s);
    QCOMPARE(find<QLineEdit>(u"mediaUrl"_s)->text(), u"https://cdn.example.com/spring.jpg"_s);
    QCOMPARE(find<TemplatePicker>(u"templatePicker"_s)->currentId(), m_springSale);
    QTRY_COMPARE(blocker(), QString());
    QVERIFY(!m_wizard->draft()->isModified());
}

void TestBroadcastWizard::greyedTemplatesCannotBeChosen()
{
    openWizard();
    fillSetup();
    goToContent();
    auto *list = find<QListView>(u"templateList"_s);
    QModelIndex pending;
    int approvedRows = 0;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(Qt::UserRole + 1).toLongLong() == m_welcomeBack)
            pending = index;
        if (index.flags() & Qt::ItemIsSelectable)
            QCOMPARE(row, approvedRows++); // approved ones come first
    }
    QCOMPARE(approvedRows, 9);
    QVERIFY(pending.isValid());
    QVERIFY(!(pending.flags() & Qt::ItemIsSelectable));
    QVERIFY(pending.data(Qt::ToolTipRole).toString().contains(u"In review"_s));
    list->scrollTo(pending);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(pending).center());
    QCOMPARE(m_wizard->draft()->templateId(), 0);
    QCOMPARE(blocker(), u"Choose an approved template."_s);
}

// Every step filled, then Send (or Schedule) on the review step: the draft is saved and
// started, the wizard closes, and the database holds the broadcast with its recipients.
void TestBroadcastWizard::sendsFromTheReviewStep()
{
    openWizard();
    fillSetup();
    goToContent();
    fillContent();
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(BroadcastStep::Review));
    auto *review = qobject_cast<BroadcastReviewPage *>(m_wizard->stepPage(BroadcastStep::Review));
    QVERIFY(review);
    QTRY_VERIFY(review->step()->canSend());
    screenshot(u"5-review"_s);
    QPushButton *send = nullptr;
    for (QPushButton *b : review->findChildren<QPushButton *>()) {
        if (b->text().startsWith(u"Send now") || b->text().startsWith(u"Schedule"))
            send = b;
    }
    QVERIFY(send && send->isEnabled());
    Dialogs::answerConfirm(true);
    QSignalSpy finished(m_wizard.get(), &QWizard::finished);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(Dialogs::shown().size(), 1); // the confirmation, answered above
    Dialogs::reset();
    const qint64 id = m_wizard->draft()->id();
    QVERIFY(id > 0);
    const Broadcast sent = *BroadcastStore(m_db).find(id).value();
    const bool later = sent.scheduledAt > Clock::nowMs();
    QCOMPARE(sent.status, later ? BroadcastStatus::Scheduled : BroadcastStatus::Running);
    QCOMPARE(sent.templateId, m_springSale);
    if (!later) {
        auto counts = RecipientStore(m_db).countByStatus(id).value();
        QVERIFY(counts.value(RecipientStatus::Pending) > 0);
        QCOMPARE(counts.value(RecipientStatus::Skipped), 1); // the opted-out contact
    }
}

QTEST_MAIN(TestBroadcastWizard)
#include "tst_broadcastwizard.moc"
