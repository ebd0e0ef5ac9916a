// The contacts page on a real SQLite database in a temporary folder: the tag filter,
// the bulk actions on selected rows, the edit dialog, export and the import button.
// Questions and file dialogs are answered in advance through Dialogs.
//
// With MEGAPHONE_SCREENSHOTS=DIR set, the page with 30 contacts and the edit dialog
// are saved as PNGs there.
#include "ContactStore.h"
#include "Database.h"
#include "TestDatabase.h"
#include "contacts/ContactEditDialog.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/ImportWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/LongJobs.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tagFilter();
    void addAndRemoveTagOnSelectedRows();
    void optOutSelectedRows();
    void deleteAsksHowMany();
    void selectAllMatchingActsOnTheFilter();
    void editDialogValidatesAndSaves();
    void editNeedsASourceForANewOptIn();
    void exportWritesTheCurrentFilter();
    void importOpensTheWizard();
    void screenshots();

private:
    void seed();
    void openPage(bool withContacts = true);
    void selectRows(const QList<int> &rows);
    Contact contact(const QString &phone);
    template<typename T> T *find(const QString &objectName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ContactsPage> m_page;
    QTableView *m_table = nullptr;
    ContactListModel *m_model = nullptr;
};

void TestContactsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale::c());
}

void TestContactsPage::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = test::TestDatabase::create(u"sqlite"_s);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_testDb = std::move(created.value());
    m_db = m_testDb->db();
}

void TestContactsPage::cleanup()
{
    m_page.reset();
    longJobPool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_db.reset();
    m_testDb.reset();
    m_dir.reset();
}

void TestContactsPage::seed()
{
    struct Seed
    {
        const char16_t *phone;
        const char16_t *first;
        const char16_t *last;
        Consent consent;
        QStringList tags;
    };
    const Seed seeds[] = {
        {u"+5511961234501", u"Ana", u"Lima", Consent::OptedIn, {u"vip"_s}},
        {u"+5511961234502", u"Bruno", u"Costa", Consent::OptedIn, {}},
        {u"+919876500003", u"Chitra", u"Rao", Consent::Unknown, {}},
        {u"+447700900004", u"Dara", u"Quinn", Consent::OptedOut, {}},
        {u"+14155550005", u"Eve", u"Adams", Consent::Unknown, {u"vip"_s, u"spring"_s}},
    };
    ContactStore contacts(m_db);
    for (const Seed &s : seeds) {
        Contact c;
        c.phoneE164 = QString::fromUtf16(s.phone);
        c.firstName = QString::fromUtf16(s.first);
        c.lastName = QString::fromUtf16(s.last);
        c.email = c.firstName.toLower() + u"@example.com"_s;
        c.consent = s.consent;
        if (s.consent == Consent::OptedIn)
            c.consentSource = u"Shop checkout"_s;
        c.tags = s.tags;
        QVERIFY(contacts.add(c));
    }
}

void TestContactsPage::openPage(bool withContacts)
{
    m_page = std::make_unique<ContactsPage>(m_db);
    m_page->resize(1100, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = find<QTableView>(u"contactTable"_s);
    QVERIFY(m_table);
    m_model = m_page->model();
    QTRY_VERIFY(!m_model->isLoading());
    if (!withContacts)
        return;
    QTRY_VERIFY(m_model->rowCount() > 0);
    // The tag list arrives with the rows.
    QTRY_VERIFY(find<QComboBox>(u"tagFilter"_s)->count() > 1);
}

template<typename T>
T *TestContactsPage::find(const QString &objectName) const
{
    T *widget = m_page->findChild<T *>(objectName);
    if (!widget)
        qWarning() << "no" << T::staticMetaObject.className() << objectName;
    return widget;
}

// Clicks the first row and Ctrl+clicks the others, as a user would.
void TestContactsPage::selectRows(const QList<int> &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRect rect = m_table->visualRect(m_model->index(rows[i], 0));
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton,
                          i == 0 ? Qt::KeyboardModifiers() : Qt::ControlModifier, rect.center());
    }
    QCOMPARE(m_page->selectedIds().size(), rows.size());
}

Contact TestContactsPage::contact(const QString &phone)
{
    auto found = ContactStore(m_db).findByPhone(phone);
    if (!found || !found.value())
        return {};
    return *found.value();
}

void TestContactsPage::tagFilter()
{
    seed();
    openPage();
    auto *tags = find<QComboBox>(u"tagFilter"_s);
    QCOMPARE(tags->count(), 3);
    QCOMPARE(tags->itemText(1), u"spring"_s);
    QCOMPARE(tags->itemText(2), u"vip"_s);
    tags->setCurrentIndex(2);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QTRY_COMPARE(find<QLabel>(u"contactCount"_s)->text(), u"Matching: 2 of 5"_s);
    // With the consent filter on top.
    auto *consent = find<QComboBox>(u"consentFilter"_s);
    consent->setCurrentIndex(consent->findText(u"Opted in"_s));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->contactAt(0).phoneE164, u"+5511961234501"_s);
    tags->setCurrentIndex(0);
    QTRY_COMPARE(m_model->rowCount(), 2);
}

void TestContactsPage::addAndRemoveTagOnSelectedRows()
{
    seed();
    openPage();
    // "Add Tag…" and "Remove Tag…" are in the menu of the Tags button.
    auto *tagButton = find<QAbstractButton>(u"tagActions"_s);
    auto *addTag = find<QAction>(u"addTag"_s);
    auto *removeTag = find<QAction>(u"removeTag"_s);
    QVERIFY(tagButton && addTag && removeTag);
    QVERIFY(!tagButton->isEnabled());
    QVERIFY(!addTag->isEnabled());
    QCOMPARE(find<QLabel>(u"selectionLabel"_s)->text(), u"Selected: 0"_s);
    selectRows({1, 2});
    QCOMPARE(find<QLabel>(u"selectionLabel"_s)->text(), u"Selected: 2"_s);
    QVERIFY(tagButton->isEnabled());
    QVERIFY(addTag->isEnabled());
    QVERIFY(!find<QAbstractButton>(u"editContact"_s)->isEnabled());

    Dialogs::answerItem(u"winter"_s);
    addTag->trigger();
    auto *message = find<QLabel>(u"contactActionMessage"_s);
    QTRY_COMPARE(message->text(), u"Added the tag \u201cwinter\u201d to 2 contacts."_s);
    QCOMPARE(contact(u"+5511961234502"_s).tags, QStringList{u"winter"_s});
    QCOMPARE(contact(u"+919876500003"_s).tags, QStringList{u"winter"_s});
    QCOMPARE(contact(u"+5511961234501"_s).tags, QStringList{u"vip"_s});
    // The list is read again, and the new tag is offered by the filter.
    QTRY_VERIFY(find<QComboBox>(u"tagFilter"_s)->findText(u"winter"_s) > 0);
    QTRY_COMPARE(m_model->rowCount(), 5);
    QTRY_COMPARE(m_model->index(1, ContactListModel::TagsColumn).data().toString(), u"winter"_s);

    // Removing offers the tags the selected contacts have.
    selectRows({0, 1});
    Dialogs::answerItem(u"winter"_s);
    removeTag->trigger();
    QTRY_COMPARE(message->text(), u"Removed the tag \u201cwinter\u201d from one contact."_s);
    QCOMPARE(contact(u"+5511961234502"_s).tags, QStringList());
    QCOMPARE(contact(u"+919876500003"_s).tags, QStringList{u"winter"_s});
    // A cancelled choice changes nothing.
    QTRY_COMPARE(m_model->rowCount(), 5);
    selectRows({2});
    Dialogs::answerItem(std::nullopt);
    removeTag->trigger();
    QTest::qWait(50);
    QCOMPARE(contact(u"+919876500003"_s).tags, QStringList{u"winter"_s});
    QCOMPARE(Dialogs::shown().size(), 3);
}

void TestContactsPage::optOutSelectedRows()
{
    seed();
    openPage();
    selectRows({0, 1});
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QAbstractButton>(u"optOut"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::shown().value(0).contains(u"Mark the 2 selected contacts as opted out?"_s),
             qPrintable(Dialogs::shown().value(0)));
    QTRY_COMPARE(find<QLabel>(u"contactActionMessage"_s)->text(),
                 u"2 contacts are now opted out."_s);
    for (const QString &phone : {u"+5511961234501"_s, u"+5511961234502"_s}) {
        const Contact c = contact(phone);
        QCOMPARE(c.consent, Consent::OptedOut);
        QCOMPARE(c.optOutSource, u"Marked by user"_s);
        QVERIFY(c.optedOutAt > 0);
    }
    QCOMPARE(contact(u"+919876500003"_s).consent, Consent::Unknown);
    QTRY_COMPARE(m_model->index(0, ContactListModel::ConsentColumn).data().toString(),
                 u"Opted out"_s);

    // Who opted out already keeps the source of that opt-out: only the others change.
    Contact dara = contact(u"+447700900004"_s);
    dara.optOutSource = u"Replied STOP"_s;
    QVERIFY(ContactStore(m_db).update(dara));
    m_page->refresh();
    QTRY_COMPARE(m_model->index(3, ContactListModel::ConsentColumn).data().toString(),
                 u"Opted out"_s);
    QTRY_VERIFY(!m_model->isLoading());
    selectRows({2, 3});
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QAbstractButton>(u"optOut"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::shown().value(1).contains(u"Mark the selected contact as opted out?"_s),
             qPrintable(Dialogs::shown().value(1)));
    QTRY_COMPARE(find<QLabel>(u"contactActionMessage"_s)->text(), u"One contact is now opted out."_s);
    QCOMPARE(contact(u"+919876500003"_s).optOutSource, u"Marked by user"_s);
    QCOMPARE(contact(u"+447700900004"_s).optOutSource, u"Replied STOP"_s);
}

void TestContactsPage::deleteAsksHowMany()
{
    seed();
    openPage();
    selectRows({2, 3});
    // Declined: nothing is deleted.
    Dialogs::answerConfirm(false);
    QTest::mouseClick(find<QAbstractButton>(u"deleteContacts"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::shown().value(0).contains(u"Delete the 2 selected contacts?"_s),
             qPrintable(Dialogs::shown().value(0)));
    QTest::qWait(50);
    QCOMPARE(ContactStore(m_db).count({}).value(), 5);

    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QAbstractButton>(u"deleteContacts"_s), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(u"contactActionMessage"_s)->text(), u"Deleted 2 contacts."_s);
    QCOMPARE(ContactStore(m_db).count({}).value(), 3);
    QCOMPARE(contact(u"+919876500003"_s).id, 0);
    QCOMPARE(contact(u"+447700900004"_s).id, 0);
    QTRY_COMPARE(m_model->rowCount(), 3);
    QTRY_COMPARE(find<QLabel>(u"contactCount"_s)->text(), u"Contacts: 3"_s);
}

// More contacts match than the model has read (one page): "select all N matching"
// tags and deletes every one of them through the filter.
void TestContactsPage::selectAllMatchingActsOnTheFilter()
{
    ContactStore store(m_db);
    for (int i = 0; i < 450; ++i) {
        Contact c;
        c.phoneE164 = u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0'));
        c.firstName = u"Person %1"_s.arg(i);
        if (i % 3 != 0)
            c.tags = {u"vip"_s};
        QVERIFY(store.add(c));
    }
    const auto countTagged = [&store](const QString &tag) {
        ContactFilter filter;
        filter.tags = {tag};
        return store.count(filter).value();
    };
    QCOMPARE(countTagged(u"vip"_s), 300);
    openPage();
    auto *tags = find<QComboBox>(u"tagFilter"_s);
    tags->setCurrentIndex(tags->findText(u"vip"_s));
    QTRY_COMPARE(find<QLabel>(u"contactCount"_s)->text(), u"Matching: 300 of 450"_s);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), ContactListModel::kPageSize);

    auto *banner = find<QWidget>(u"selectionBanner"_s);
    auto *bannerText = find<QLabel>(u"selectionBannerText"_s);
    auto *selectAll = find<QAbstractButton>(u"selectAllMatching"_s);
    auto *clear = find<QAbstractButton>(u"clearSelection"_s);
    QVERIFY(banner && bannerText && selectAll && clear);
    QVERIFY(!banner->isVisible());
    const auto selectAllMatching = [&] {
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(bannerText->text(), u"All 200 loaded contacts are selected."_s);
        QCOMPARE(selectAll->text(), u"Select all 300 matching contacts"_s);
        QVERIFY(selectAll->isVisible());
        QVERIFY(!clear->isVisible());
        QTest::mouseClick(selectAll, Qt::LeftButton);
        QCOMPARE(bannerText->text(), u"All 300 contacts matching this filter are selected."_s);
        QVERIFY(!selectAll->isVisible());
        QVERIFY(clear->isVisible());
        QVERIFY(m_page->allMatchingSelected());
        QCOMPARE(find<QLabel>(u"selectionLabel"_s)->text(), u"Selected: 300"_s);
    };
    selectAllMatching();
    if (QTest::currentTestFailed())
        return;
    // Changing the selection goes back to rows; so does "Clear selection".
    selectRows({3});
    QVERIFY(!m_page->allMatchingSelected());
    QVERIFY(!banner->isVisible());
    selectAllMatching();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!m_page->allMatchingSelected());
    QVERIFY(m_page->selectedIds().isEmpty());
    QVERIFY(!banner->isVisible());

    selectAllMatching();
    if (QTest::currentTestFailed())
        return;
    Dialogs::answerItem(u"promo"_s);
    find<QAction>(u"addTag"_s)->trigger();
    auto *message = find<QLabel>(u"contactActionMessage"_s);
    QTRY_COMPARE(message->text(), u"Added the tag \u201cpromo\u201d to 300 contacts."_s);
    QCOMPARE(countTagged(u"promo"_s), 300);
    QCOMPARE(countTagged(u"vip"_s), 300);
    // The page reads the list again: the mode ends with the action.
    QVERIFY(!m_page->allMatchingSelected());
    QTRY_VERIFY(!m_model->isLoading());
    QTRY_COMPARE(m_model->rowCount(), ContactListModel::kPageSize);

    // Changing the filter ends the mode too.
    selectAllMatching();
    if (QTest::currentTestFailed())
        return;
    auto *consent = find<QComboBox>(u"consentFilter"_s);
    consent->setCurrentIndex(consent->findData(int(Consent::OptedOut)));
    QVERIFY(!m_page->allMatchingSelected());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!banner->isVisible());
    consent->setCurrentIndex(0);
    QTRY_COMPARE(find<QLabel>(u"contactCount"_s)->text(), u"Matching: 300 of 450"_s);
    QTRY_VERIFY(!m_model->isLoading());

    // Delete asks with the full count; declined, nothing is deleted.
    selectAllMatching();
    if (QTest::currentTestFailed())
        return;
    Dialogs::reset();
    Dialogs::answerConfirm(false);
    QTest::mouseClick(find<QAbstractButton>(u"deleteContacts"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::shown().value(0).contains(u"Delete 300 contacts?"_s),
             qPrintable(Dialogs::shown().value(0)));
    QTest::qWait(50);
    QCOMPARE(store.count({}).value(), 450);
    QVERIFY(m_page->allMatchingSelected());
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QAbstractButton>(u"deleteContacts"_s), Qt::LeftButton);
    QVERIFY2(Dialogs::shown().value(1).contains(u"Delete 300 contacts?"_s),
             qPrintable(Dialogs::shown().value(1)));
    QTRY_COMPARE(message->text(), u"Deleted 300 contacts."_s);
    QCOMPARE(countTagged(u"vip"_s), 0);
    QCOMPARE(countTagged(u"promo"_s), 0);
    QCOMPARE(store.count({}).value(), 150);
    QVERIFY(!m_page->allMatchingSelected());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!banner->isVisible());
}

void TestContactsPage::editDialogValidatesAndSaves()
{
    seed();
    openPage();
    const QRect rect = m_table->visualRect(m_model->index(1, ContactListModel::NameColumn));
    // As a mouse sends it: press and release, then the double click.
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, rect.center());
    auto *dialog = m_page->findChild<ContactEditDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *phone = dialog->findChild<QLineEdit *>(u"editPhone"_s);
    QCOMPARE(phone->text(), u"+5511961234502"_s);

    // A number the country cannot have is refused, with the reason.
    phone->setText(u"12345"_s);
    auto *save = dialog->findChild<QDialogButtonBox *>(u"editButtons"_s)->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    auto *problem = dialog->findChild<QLabel *>(u"editProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"The phone number cannot be used"_s), qPrintable(problem->text()));
    // Another contact's number is refused too.
    phone->setText(u"+5511961234501"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY2(problem->text().contains(u"Another contact already has"_s), qPrintable(problem->text()));

    phone->setText(u"+55 11 96123-4599"_s);
    auto *first = dialog->findChild<QLineEdit *>(u"editFirstName"_s);
    first->setText(u"Bruna"_s);
    dialog->findChild<QLineEdit *>(u"editTags"_s)->setText(u"vip, newsletter"_s);
    dialog->findChild<QLineEdit *>(u"editBirthday"_s)->setText(u"1990-04-25"_s);
    auto *attributes = dialog->findChild<QTableWidget *>(u"editAttributes"_s);
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"addAttribute"_s), Qt::LeftButton);
    attributes->item(0, 0)->setText(u"loyalty_tier"_s);
    attributes->item(0, 1)->setText(u"gold"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<ContactEditDialog *>());

    const Contact c = contact(u"+5511961234599"_s);
    QCOMPARE(c.firstName, u"Bruna"_s);
    QCOMPARE(c.lastName, u"Costa"_s);
    QCOMPARE(c.birthday, u"1990-04-25"_s);
    QCOMPARE(c.tags, (QStringList{u"newsletter"_s, u"vip"_s}));
    QCOMPARE(c.attributes.value(u"loyalty_tier"_s).toString(), u"gold"_s);
    QCOMPARE(c.consent, Consent::OptedIn);
    QCOMPARE(c.consentSource, u"Shop checkout"_s);
    QTRY_COMPARE(m_model->index(1, ContactListModel::PhoneColumn).data().toString(),
                 u"+5511961234599"_s);
}

void TestContactsPage::editNeedsASourceForANewOptIn()
{
    seed();
    ContactEditDialog dialog(m_db, contact(u"+919876500003"_s), u"IN"_s);
    auto *consent = dialog.findChild<QComboBox *>(u"editConsent"_s);
    consent->setCurrentIndex(consent->findData(int(Consent::OptedIn)));
    Contact out;
    QVERIFY(dialog.collect(out).contains(u"where and when"_s, Qt::CaseInsensitive));
    dialog.findChild<QLineEdit *>(u"editConsentSource"_s)->setText(u"Store visit, May 2025"_s);
    QCOMPARE(dialog.collect(out), QString());
    QCOMPARE(out.consent, Consent::OptedIn);
    QCOMPARE(out.consentSource, u"Store visit, May 2025"_s);
    QVERIFY(out.consentAt > 0);
}

void TestContactsPage::exportWritesTheCurrentFilter()
{
    seed();
    openPage();
    const QString all = m_dir->filePath(u"all.csv"_s);
    Dialogs::answerFileName(all);
    QTest::mouseClick(find<QAbstractButton>(u"exportContacts"_s), Qt::LeftButton);
    auto *message = find<QLabel>(u"contactActionMessage"_s);
    QTRY_VERIFY2(message->text().startsWith(u"Exported 5 contacts"_s), qPrintable(message->text()));
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = lines.first().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.first().startsWith(u"Phone,First Name,Last Name"_s), qPrintable(lines.first()));
    QVERIFY(lines.at(1).startsWith(u"+5511961234501,Ana,Lima"_s));

    // Only what the filter shows.
    auto *consent = find<QComboBox>(u"consentFilter"_s);
    consent->setCurrentIndex(consent->findText(u"Opted in"_s));
    QTRY_COMPARE(find<QLabel>(u"contactCount"_s)->text(), u"Matching: 2 of 5"_s);
    const QString optedIn = m_dir->filePath(u"opted-in.csv"_s);
    Dialogs::answerFileName(optedIn);
    QTest::mouseClick(find<QAbstractButton>(u"exportContacts"_s), Qt::LeftButton);
    QTRY_VERIFY2(message->text().startsWith(u"Exported 2 contacts"_s), qPrintable(message->text()));
    QFile filtered(optedIn);
    QVERIFY(filtered.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(filtered.readAll());
    QVERIFY(text.contains(u"+5511961234502"_s));
    QVERIFY(!text.contains(u"+919876500003"_s));

    // A cancelled save dialog writes nothing.
    Dialogs::answerFileName(QString());
    QTest::mouseClick(find<QAbstractButton>(u"exportContacts"_s), Qt::LeftButton);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.csv"_s}).size(), 2);
}

void TestContactsPage::importOpensTheWizard()
{
    openPage(false); // an empty database: the import button is still there
    QTRY_VERIFY(find<QWidget>(u"emptyState"_s)->isVisible());
    auto *import = find<QAbstractButton>(u"importContacts"_s);
    QVERIFY(import->isVisible());
    QTest::mouseClick(import, Qt::LeftButton);
    auto *wizard = m_page->findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!m_page->findChild<ImportWizard *>());
}

void TestContactsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    const char16_t *first[] = {u"Ana", u"Bruno", u"Carla", u"Diego", u"Elena", u"Farah",
                               u"Gabriel", u"Hana", u"Ivan", u"Julia"};
    const char16_t *last[] = {u"Lima", u"Costa", u"Sharma", u"Müller", u"García"};
    ContactStore store(m_db);
    for (int i = 0; i < 30; ++i) {
        Contact c;
        c.phoneE164 = u"+55119612345%1"_s.arg(i, 2, 10, QChar(u'0'));
        c.firstName = QString::fromUtf16(first[i % 10]);
        c.lastName = QString::fromUtf16(last[i % 5]);
        c.email = c.firstName.toLower() + u'.' + c.lastName.toLower() + u"@example.com"_s;
        c.consent = i % 7 == 3 ? Consent::OptedOut : i % 3 == 0 ? Consent::Unknown : Consent::OptedIn;
        c.tags = i % 4 == 0 ? QStringList{u"vip"_s} : i % 5 == 1 ? QStringList{u"newsletter"_s, u"spring-2025"_s} : QStringList();
        QVERIFY(store.add(c));
    }
    openPage();
    selectRows({1, 2, 4});
    QTest::qWait(100);
    m_page->grab().save(dir + u"/contacts-page.png"_s);
    m_page->editContact(4);
    auto *dialog = m_page->findChild<ContactEditDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::qWait(100);
    dialog->grab().save(dir + u"/contact-edit.png"_s);
    dialog->reject();
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
