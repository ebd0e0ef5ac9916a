// The import wizard driven offscreen from file choice to report, on a real SQLite
// database in a temporary folder. File dialogs are answered through Dialogs.
//
// With MEGAPHONE_SCREENSHOTS=DIR set, each step is saved as DIR/wizard-N-name.png.
#include "ContactStore.h"
#include "Database.h"
#include "TestDatabase.h"
#include "TeamSettings.h"
#include "contacts/ImportWizard.h"
#include "contacts/ImportSummary.h"
#include "widgets/CountryCombo.h"
#include "widgets/Dialogs.h"
#include "widgets/FigureTile.h"
#include "widgets/LongJobs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSemaphore>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

// Rows 2-7 as a spreadsheet numbers them: three new contacts written in national
// formats, a number repeated, a broken number, and a contact that opted out before.
const char kCsv[] = "Name,Mobile,Email,Segment\n"
                    "Ana Lima,(11) 96123-4501,ana@example.com,vip\n"
                    "Bruno Costa,11 96123 4502,bruno@example.com,\n"
                    "Carla Dias,+55 11 96123-4503,carla@example.com,vip\n"
                    "Ana Lima,11961234501,,\n"
                    "Broken Number,12345,broken@example.com,\n"
                    "Dara Quinn,11 96123-4504,dara@example.com,\n";
const QString kSource = u"Website checkout opt-in, 2025"_s;

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fromFileToReport();
    void fileProblemsAreShown();
    void cancelledImportChangesNothing();

private:
    QString writeCsv();
    void openWizard();
    void goThroughToDryRun(bool optIn);
    void clickNext();
    void screenshot(const QString &name);
    qint64 tile(const QString &summary, const QString &figure) const;
    template<typename T> T *find(const QString &objectName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ImportWizard> m_wizard;
    int m_shot = 0;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale::c());
}

void TestImportWizard::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = test::TestDatabase::create(u"sqlite"_s);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_testDb = std::move(created.value());
    m_db = m_testDb->db();
    QVERIFY(TeamSettings(m_db).setDefaultRegion(u"BR"_s));

    Contact dara;
    dara.phoneE164 = u"+5511961234504"_s;
    dara.firstName = u"Dara"_s;
    dara.consent = Consent::OptedOut;
    dara.optOutSource = u"Replied STOP"_s;
    dara.optedOutAt = 1;
    QVERIFY(ContactStore(m_db).add(dara));
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    longJobPool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_db.reset();
    m_testDb.reset();
    m_dir.reset();
    QCOMPARE(Dialogs::shown(), QStringList());
}

QString TestImportWizard::writeCsv()
{
    const QString path = m_dir->filePath(u"contacts.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(kCsv);
    return path;
}

template<typename T>
T *TestImportWizard::find(const QString &objectName) const
{
    T *widget = m_wizard->findChild<T *>(objectName);
    if (!widget)
        qWarning() << "no" << T::staticMetaObject.className() << objectName;
    return widget;
}

void TestImportWizard::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let layouts settle
    m_wizard->grab().save(u"%1/wizard-%2-%3.png"_s.arg(dir).arg(++m_shot).arg(name));
}

qint64 TestImportWizard::tile(const QString &summary, const QString &figure) const
{
    auto *view = find<ImportSummary>(summary);
    auto *figureTile = view ? view->findChild<FigureTile *>(figure) : nullptr;
    if (!figureTile)
        return -1;
    bool ok = false;
    const qint64 value = figureTile->valueText().toLongLong(&ok);
    return ok ? value : -1;
}

void TestImportWizard::openWizard()
{
    m_wizard = std::make_unique<ImportWizard>(m_db);
    m_wizard->resize(820, 620);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FilePage));
}

void TestImportWizard::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// File -> preview -> mapping -> options -> dry run, checking each step on the way.
void TestImportWizard::goThroughToDryRun(bool optIn)
{
    const QString csv = writeCsv();
    QVERIFY(!csv.isEmpty());
    openWizard();

    // 1. The file, chosen with Browse.
    auto *path = find<QLineEdit>(u"importPath"_s);
    QVERIFY(path);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    Dialogs::answerFileName(csv);
    QTest::mouseClick(find<QAbstractButton>(u"importBrowse"_s), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(path->text()), csv);
    screenshot(u"file"_s);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPage));

    // 2. The preview, read off the GUI thread, with what was detected.
    auto *table = find<QTableWidget>(u"previewTable"_s);
    auto *encoding = find<QComboBox>(u"encodingCombo"_s);
    auto *delimiter = find<QComboBox>(u"delimiterCombo"_s);
    auto *header = find<QCheckBox>(u"headerCheck"_s);
    QVERIFY(table && encoding && delimiter && header);
    QTRY_COMPARE(table->rowCount(), 6);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Mobile"_s);
    QCOMPARE(table->item(0, 1)->text(), u"(11) 96123-4501"_s);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"2"_s); // the spreadsheet's row number
    QCOMPARE(encoding->currentData().toString(), u"UTF-8"_s);
    QCOMPARE(delimiter->currentData().toString(), u","_s);
    QVERIFY(header->isChecked());
    // Another delimiter reads the file again: one column per row.
    delimiter->setCurrentIndex(delimiter->findData(u";"_s));
    QTRY_COMPARE(table->columnCount(), 1);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    delimiter->setCurrentIndex(delimiter->findData(u","_s));
    QTRY_COMPARE(table->columnCount(), 4);
    screenshot(u"preview"_s);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPage));

    // 3. The mapping: detected from the header; "Segment" becomes the tags.
    auto *phone = find<QComboBox>(u"mappingCombo_1"_s);
    auto *segment = find<QComboBox>(u"mappingCombo_3"_s);
    auto *problem = find<QLabel>(u"mappingProblem"_s);
    QVERIFY(phone && segment && problem);
    QCOMPARE(phone->currentData().toInt(), int(ContactField::Phone));
    QCOMPARE(find<QComboBox>(u"mappingCombo_0"_s)->currentData().toInt(),
             int(ContactField::FullName));
    QCOMPARE(find<QComboBox>(u"mappingCombo_2"_s)->currentData().toInt(), int(ContactField::Email));
    segment->setCurrentIndex(segment->findData(int(ContactField::Tags)));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    // Without a phone column there is nothing to import: Next waits, and says why.
    phone->setCurrentIndex(phone->findData(int(ContactField::Ignore)));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(problem->isVisibleTo(m_wizard.get()));
    QVERIFY2(problem->text().contains(u"phone"_s, Qt::CaseInsensitive), qPrintable(problem->text()));
    screenshot(u"mapping-invalid"_s);
    phone->setCurrentIndex(phone->findData(int(ContactField::Phone)));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problem->isVisibleTo(m_wizard.get()));
    screenshot(u"mapping"_s);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::OptionsPage));

    // 4. The options: the team's default country, a tag, consent with its source.
    auto *region = find<CountryCombo>(u"regionCombo"_s);
    QVERIFY(region);
    QTRY_COMPARE(region->region(), u"BR"_s);
    QTest::keyClicks(find<QLineEdit>(u"addTags"_s), u"spring-2025"_s);
    if (optIn) {
        auto *source = find<QLineEdit>(u"consentSource"_s);
        QVERIFY(!source->isEnabled());
        QTest::mouseClick(find<QRadioButton>(u"consentOptedIn"_s), Qt::LeftButton);
        QVERIFY(source->isEnabled());
        // Consent needs its source.
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(source, kSource);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }
    screenshot(u"options"_s);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::DryRunPage));

    // 5. The dry run: counts and the first rejects; nothing changed yet.
    QTRY_VERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(m_wizard->button(QWizard::CommitButton)->text(), u"Import"_s);
    QCOMPARE(tile(u"dryRunSummary"_s, u"read"_s), 6);
    QCOMPARE(tile(u"dryRunSummary"_s, u"new"_s), 3);
    QCOMPARE(tile(u"dryRunSummary"_s, u"updated"_s), 1);
    QCOMPARE(tile(u"dryRunSummary"_s, u"duplicates"_s), 1);
    QCOMPARE(tile(u"dryRunSummary"_s, u"rejected"_s), 1);
    QCOMPARE(tile(u"dryRunSummary"_s, u"flagged"_s), 0);
    auto *rejects = find<ImportSummary>(u"dryRunSummary"_s)->rejectsTable();
    QCOMPARE(rejects->rowCount(), 1);
    QCOMPARE(rejects->item(0, 0)->text(), u"6"_s);
    QVERIFY2(rejects->item(0, 1)->text().contains(u"12345"_s), qPrintable(rejects->item(0, 1)->text()));
    QCOMPARE(ContactStore(m_db).count({}).value(), 1);
    QVERIFY(m_wizard->session().dryRun);
    QVERIFY(QFile::exists(m_wizard->session().dryRun->rejectsFile));
    screenshot(u"dryrun"_s);
}

void TestImportWizard::fromFileToReport()
{
    goThroughToDryRun(true);
    if (QTest::currentTestFailed())
        return;
    const QString dryRunRejects = m_wizard->session().dryRun->rejectsFile;
    QSignalSpy imported(m_wizard.get(), &ImportWizard::contactsImported);

    // 6. Import, then the report by itself.
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(imported.count(), 1);
    QVERIFY(!m_wizard->isImporting());
    QCOMPARE(m_wizard->currentPage()->title(), u"Import finished"_s);
    QVERIFY(find<QLabel>(u"reportMessage"_s)->text().contains(kSource));
    QCOMPARE(tile(u"reportSummary"_s, u"read"_s), 6);
    QCOMPARE(tile(u"reportSummary"_s, u"new"_s), 3);
    QCOMPARE(tile(u"reportSummary"_s, u"updated"_s), 1);
    QCOMPARE(tile(u"reportSummary"_s, u"duplicates"_s), 1);
    QCOMPARE(tile(u"reportSummary"_s, u"rejected"_s), 1);
    auto *rejects = find<ImportSummary>(u"reportSummary"_s)->rejectsTable();
    QCOMPARE(rejects->rowCount(), 1);
    QCOMPARE(rejects->item(0, 0)->text(), u"6"_s);
    screenshot(u"report"_s);

    // The database: new contacts opted in with the source, tags from the column and
    // the options, and the opted-out contact still opted out.
    ContactStore store(m_db);
    QCOMPARE(store.count({}).value(), 4);
    const auto ana = store.findByPhone(u"+5511961234501"_s).value();
    QVERIFY(ana);
    QCOMPARE(ana->displayName, u"Ana Lima"_s);
    QCOMPARE(ana->email, u"ana@example.com"_s);
    QCOMPARE(ana->consent, Consent::OptedIn);
    QCOMPARE(ana->consentSource, kSource);
    QCOMPARE(ana->tags, (QStringList{u"spring-2025"_s, u"vip"_s}));
    const auto bruno = store.findByPhone(u"+5511961234502"_s).value();
    QVERIFY(bruno);
    QCOMPARE(bruno->consent, Consent::OptedIn);
    QCOMPARE(bruno->tags, QStringList{u"spring-2025"_s});
    QVERIFY(store.findByPhone(u"+5511961234503"_s).value());
    const auto dara = store.findByPhone(u"+5511961234504"_s).value();
    QVERIFY(dara);
    QCOMPARE(dara->consent, Consent::OptedOut);
    QCOMPARE(dara->optOutSource, u"Replied STOP"_s);
    QCOMPARE(dara->email, u"dara@example.com"_s);
    QVERIFY(dara->tags.contains(u"spring-2025"_s));

    // "Save Rejected Rows" copies the rejects file: the broken row with its reason.
    const QString saved = m_dir->filePath(u"rejected.csv"_s);
    Dialogs::answerFileName(saved);
    QTest::mouseClick(find<QAbstractButton>(u"saveRejects"_s), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(u"saveRejectsMessage"_s)->text().startsWith(u"Saved to"_s));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Row,Reason,Name,Mobile"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"6,"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"Broken Number"_s));
    QVERIFY(lines.at(1).contains(u"12345"_s));

    // Finish removes the temporary rejects files.
    const QString reportRejects = m_wizard->session().report->rejectsFile;
    QVERIFY(QFile::exists(reportRejects));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible());
    QVERIFY(!QFile::exists(reportRejects));
    QVERIFY(!QFile::exists(dryRunRejects));
    QVERIFY(QFile::exists(saved));
}

void TestImportWizard::fileProblemsAreShown()
{
    openWizard();
    auto *path = find<QLineEdit>(u"importPath"_s);
    auto *problem = find<QLabel>(u"importFileProblem"_s);
    QTest::keyClicks(path, m_dir->filePath(u"missing.csv"_s));
    QCOMPARE(problem->text(), u"There is no file at this path."_s);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    path->setText(m_dir->path());
    QVERIFY(problem->text().contains(u"folder"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // A cancelled file dialog changes nothing.
    Dialogs::answerFileName(QString());
    QTest::mouseClick(find<QAbstractButton>(u"importBrowse"_s), Qt::LeftButton);
    QCOMPARE(path->text(), m_dir->path());
}

void TestImportWizard::cancelledImportChangesNothing()
{
    goThroughToDryRun(false);
    if (QTest::currentTestFailed())
        return;
    // Every thread of the pool for long jobs is kept busy, so the import cannot start
    // before Cancel: the test does not depend on how fast the machine is.
    QThreadPool *pool = longJobPool();
    QSemaphore release;
    const int threads = pool->maxThreadCount();
    for (int i = 0; i < threads; ++i)
        pool->start([&release] { release.acquire(); });

    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPage));
    QVERIFY(m_wizard->isImporting());
    auto *cancel = find<QAbstractButton>(u"cancelImport"_s);
    QVERIFY(cancel->isEnabled());
    screenshot(u"importing"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(find<QLabel>(u"importStatus"_s)->text().contains(u"nothing will be changed"_s));
    // Closing the window while it runs waits for the cancelled import.
    m_wizard->reject();
    QVERIFY(m_wizard->isVisible());
    release.release(threads);

    QTRY_COMPARE(m_wizard->currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(m_wizard->currentPage()->title(), u"Import cancelled"_s);
    QVERIFY(find<QLabel>(u"reportMessage"_s)->text().contains(u"Nothing was changed"_s));
    QVERIFY(!find<QAbstractButton>(u"saveRejects"_s)->isVisibleTo(m_wizard.get()));
    screenshot(u"cancelled"_s);
    ContactStore store(m_db);
    QCOMPARE(store.count({}).value(), 1);
    QCOMPARE(store.allTags().value(), QStringList());
    m_wizard->reject();
    QVERIFY(!m_wizard->isVisible());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
