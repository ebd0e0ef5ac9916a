// The Templates page on both backends: the sandbox's catalogue as cards, the filters
// and the search, the preview, a thousand templates, Sync against the in-process
// sandbox and against a closed port, and the relay templates written on the page.
//
// With MEGAPHONE_SCREENSHOTS=DIR set, the page and the relay dialog are saved as
// PNGs there.
#include "AccountStore.h"
#include "Database.h"
#include "SandboxCatalogue.h"
#include "SandboxFixtures.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "TemplateStore.h"
#include "TestDatabase.h"
#include "secrets/MemoryCredentialStore.h"
#include "settings/MessageLabel.h"
#include "templates/RelayTemplateDialog.h"
#include "templates/TemplateFilterModel.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateSyncRunner.h"
#include "templates/TemplatesPage.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace megaphone;

class TestTemplatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void cardsShowTheTemplates();
    void filtersAndSearchReduceTheRows();
    void previewShowsTheSelectedTemplate();
    void aThousandTemplatesLoad();
    void emptyPageSaysWhatToDo();
    void syncStoresTheSandboxCatalogue();
    void syncAgainstAClosedPortSaysWhy();
    void relayTemplateCreateEditDelete();
    void screenshots();

private:
    qint64 addAccount(ProviderKind provider, const QString &label, const QString &baseUrl = {});
    void seedCatalogue(qint64 accountId);
    void openPage();
    int catalogueCount(const QString &key, const QString &value) const;
    void choose(const QString &comboName, const QVariant &value);
    template<typename T> T *find(const QString &objectName) const
    {
        return m_page->findChild<T *>(objectName);
    }

    MemoryCredentialStore m_credentials;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<TemplatesPage> m_page;
};

void TestTemplatesPage::initTestCase_data()
{
    test::addBackendRows();
}

void TestTemplatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    QLocale::setDefault(QLocale::c());
    SandboxOptions options;
    options.templatePageSize = 5; // the catalogue's twelve come in three pages
    options.statusDelayMs = 0;
    SandboxHost::configure(options);
}

void TestTemplatesPage::init()
{
    Dialogs::reset();
    MEGAPHONE_OPEN_TEST_DB(m_testDb);
    m_db = m_testDb->db();
}

void TestTemplatesPage::cleanup()
{
    m_page.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    m_db.reset();
    m_testDb.reset();
}

qint64 TestTemplatesPage::addAccount(
    ProviderKind provider, const QString &label, const QString &baseUrl)
{
    Account account;
    account.provider = provider;
    account.label = label;
    account.phoneNumberId = u"100000000000001"_s;
    account.wabaId = u"200000000000001"_s;
    account.baseUrl = baseUrl;
    auto id = AccountStore(m_db).add(account);
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

void TestTemplatesPage::seedCatalogue(qint64 accountId)
{
    TemplateStore store(m_db);
    for (const TemplateRecord &record : test::sandboxTemplates(accountId))
        QVERIFY(store.upsert(record).ok());
}

int TestTemplatesPage::catalogueCount(const QString &key, const QString &value) const
{
    int count = 0;
    for (const QJsonValue &json : SandboxCatalogue::templates())
        count += json.toObject().value(key).toString() == value ? 1 : 0;
    return count;
}

void TestTemplatesPage::openPage()
{
    m_page = std::make_unique<TemplatesPage>(m_db, &m_credentials);
    m_page->resize(1400, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(!m_page->model()->isLoading());
}

void TestTemplatesPage::choose(const QString &comboName, const QVariant &value)
{
    auto *combo = find<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value.toString()));
    combo->setCurrentIndex(index);
}

void TestTemplatesPage::cardsShowTheTemplates()
{
    seedCatalogue(addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s));
    openPage();
    const int all = int(SandboxCatalogue::templates().size());
    QCOMPARE(m_page->model()->rowCount(), all);
    QCOMPARE(m_page->grid()->model()->rowCount(), all);
    QVERIFY(m_page->grid()->isVisible());
    QCOMPARE(find<QLabel>(u"templateCount"_s)->text(), u"%1 template(s)"_s.arg(all));
    // Every card paints (and lays out its bubble) without trouble.
    QVERIFY(!m_page->grid()->grab().isNull());
}

void TestTemplatesPage::filtersAndSearchReduceTheRows()
{
    const qint64 sandbox = addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s);
    seedCatalogue(sandbox);
    const qint64 other = addAccount(ProviderKind::Sandbox, u"Second shop"_s);
    TemplateRecord extra;
    extra.accountId = other;
    extra.name = u"spring_teaser"_s;
    extra.language = u"en_US"_s;
    extra.category = u"MARKETING"_s;
    extra.status = u"APPROVED"_s;
    extra.components = RelayTemplateDialog::componentsFor(u"Spring is coming"_s, {});
    QVERIFY(TemplateStore(m_db).upsert(extra).ok());
    openPage();
    QAbstractItemModel *shown = m_page->grid()->model();
    const int all = int(SandboxCatalogue::templates().size()) + 1;
    QCOMPARE(shown->rowCount(), all);

    choose(u"accountFilter"_s, other);
    QCOMPARE(shown->rowCount(), 1);
    choose(u"accountFilter"_s, sandbox);
    QCOMPARE(shown->rowCount(), all - 1);
    choose(u"accountFilter"_s, QVariant());

    choose(u"statusFilter"_s, u"APPROVED"_s);
    QCOMPARE(shown->rowCount(), catalogueCount(u"status"_s, u"APPROVED"_s) + 1);
    choose(u"statusFilter"_s, u"REJECTED"_s);
    QCOMPARE(shown->rowCount(), 1);
    choose(u"statusFilter"_s, QVariant());

    choose(u"categoryFilter"_s, u"UTILITY"_s);
    QCOMPARE(shown->rowCount(), catalogueCount(u"category"_s, u"UTILITY"_s));
    choose(u"categoryFilter"_s, QVariant());

    choose(u"languageFilter"_s, u"es"_s);
    QCOMPARE(shown->rowCount(), 1);
    choose(u"languageFilter"_s, QVariant());
    QCOMPARE(shown->rowCount(), all);

    auto *search = find<QLineEdit>(u"templateSearch"_s);
    search->setText(u"spring"_s); // two spring_sale and the teaser
    QCOMPARE(shown->rowCount(), 3);
    search->setText(u"free coffee"_s); // words of a body
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"store_opening"_s);
    search->setText(u"nothing like this"_s);
    QCOMPARE(shown->rowCount(), 0);
    QCOMPARE(qobject_cast<QStackedWidget *>(m_page->grid()->parentWidget())->currentWidget(),
        m_page->findChild<EmptyState *>());
    QVERIFY(!m_page->preview()->hasEntry());
}

void TestTemplatesPage::previewShowsTheSelectedTemplate()
{
    seedCatalogue(addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s));
    openPage();
    const TemplateListModel *model = m_page->model();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->entry(i).record.name == u"spring_sale"
            && model->entry(i).record.language == u"en_US")
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = m_page->filterModel()->mapFromSource(model->index(row));
    QTest::mouseClick(
        m_page->grid()->viewport(), Qt::LeftButton, {}, m_page->grid()->visualRect(index).center());
    QCOMPARE(m_page->grid()->currentIndex(), index);
    TemplatePreview *preview = m_page->preview();
    QVERIFY(preview->hasEntry());
    const QString html = preview->renderedHtml();
    QVERIFY2(html.contains(u"<b>spring sale</b>"), qPrintable(html));
    QVERIFY2(html.contains(u"<i>25% off</i>"), qPrintable(html)); // the example filled in
    QVERIFY(html.contains(u"Hi Maria!"));
    QVERIFY(html.contains(u"Reply STOP to unsubscribe"));
    const QStringList parameters = preview->parameterLines();
    QVERIFY2(parameters.contains(u"body.1: Maria"_s), qPrintable(parameters.join(u'|')));
    QVERIFY(
        parameters.contains(u"header.media: https://sandbox.megaphone.invalid/media/spring.jpg"_s));
    QCOMPARE(preview->findChild<QLabel *>(u"previewName"_s)->text(), u"spring_sale"_s);
    QVERIFY(preview->findChild<QLabel *>(u"previewDetails"_s)->text().contains(u"Sandbox shop"));
    // Sandbox templates are not edited here.
    QVERIFY(!find<QPushButton>(u"editTemplateButton"_s)->isEnabled());
}

void TestTemplatesPage::aThousandTemplatesLoad()
{
    const qint64 account = addAccount(ProviderKind::Sandbox, u"Big shop"_s);
    TemplateStore store(m_db);
    const QStringList statuses = { u"APPROVED"_s, u"PENDING"_s, u"REJECTED"_s };
    auto written = m_db->transaction([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            TemplateRecord record;
            record.accountId = account;
            record.name = u"offer_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            record.language = i % 2 ? u"en_US"_s : u"pt_BR"_s;
            record.category = u"MARKETING"_s;
            record.status = statuses.at(i % 3);
            record.components = RelayTemplateDialog::componentsFor(
                u"Hello {{first_name}}, offer *%1* is yours: _today only_. "_s.arg(i).repeated(
                    1 + i % 4),
                i % 5 ? QString() : u"https://example.com/%1.jpg"_s.arg(i));
            auto id = store.upsert(record);
            if (!id)
                return id.error();
        }
        return {};
    });
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 1000);
    QCOMPARE(m_page->grid()->model()->rowCount(), 1000);
    // Scroll through: every card on the way paints.
    QScrollBar *bar = m_page->grid()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    for (int value = 0; value <= bar->maximum(); value += bar->maximum() / 8) {
        bar->setValue(value);
        QVERIFY(!m_page->grid()->viewport()->grab().isNull());
    }
    choose(u"statusFilter"_s, u"PENDING"_s);
    QCOMPARE(m_page->grid()->model()->rowCount(), 333);
}

void TestTemplatesPage::emptyPageSaysWhatToDo()
{
    openPage();
    auto *empty = m_page->findChild<EmptyState *>();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), u"No templates yet"_s);
    QVERIFY(empty->text().contains(u"Sync"));
    QVERIFY(empty->text().contains(u"sandbox"));
    QVERIFY(!find<QPushButton>(u"newTemplateButton"_s)->isEnabled()); // no relay account
}

void TestTemplatesPage::syncStoresTheSandboxCatalogue()
{
    const qint64 account = addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s);
    addAccount(ProviderKind::Relay, u"Relay"_s); // lists nothing: not synced
    // The sandbox wants some bearer token, though AccountSecrets calls it optional.
    QVERIFY(m_credentials.write(u"account/%1/access_token"_s.arg(account), u"any"_s).ok());
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *runner = m_page->findChild<TemplateSyncRunner *>();
    QSignalSpy progress(runner, &TemplateSyncRunner::progress);
    QSignalSpy finished(runner, &TemplateSyncRunner::finished);
    QTest::mouseClick(find<QPushButton>(u"syncButton"_s), Qt::LeftButton);
    QVERIFY(m_page->isSyncing());
    QVERIFY(!find<QPushButton>(u"syncButton"_s)->isEnabled());
    QVERIFY(find<QPushButton>(u"cancelSyncButton"_s)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
    const int all = int(SandboxCatalogue::templates().size());
    QStringList said;
    for (const QList<QVariant> &args : std::as_const(progress))
        said << args.at(0).toString();
    QVERIFY2(
        said.contains(u"Read 3 page(s), %1 template(s)…"_s.arg(all)), qPrintable(said.join(u'|')));
    auto *status = find<MessageLabel>(u"syncStatus"_s);
    QVERIFY2(status->text().startsWith(u"%1 template(s) listed: %1 new"_s.arg(all)),
        qPrintable(status->text()));
    QVERIFY(!status->isError());
    QTRY_COMPARE(m_page->model()->rowCount(), all);
    QCOMPARE(TemplateStore(m_db).list(account, false).value().size(), all);
    QVERIFY(find<QPushButton>(u"syncButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"cancelSyncButton"_s)->isVisible());
}

void TestTemplatesPage::syncAgainstAClosedPortSaysWhy()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const qint64 meta
        = addAccount(ProviderKind::Meta, u"Meta Brazil"_s, u"http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(m_credentials.write(u"account/%1/access_token"_s.arg(meta), u"token"_s).ok());
    addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s);
    openPage();
    choose(u"accountFilter"_s, meta); // only this one
    auto *runner = m_page->findChild<TemplateSyncRunner *>();
    QSignalSpy finished(runner, &TemplateSyncRunner::finished);
    m_page->sync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!finished.at(0).at(1).toBool());
    auto *status = find<MessageLabel>(u"syncStatus"_s);
    QVERIFY(status->isError());
    qInfo() << "The sync error reads:" << status->text();
    QVERIFY(!status->text().isEmpty());
    QVERIFY2(!status->text().contains(u"listed"), qPrintable(status->text()));
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestTemplatesPage::relayTemplateCreateEditDelete()
{
    const qint64 relay = addAccount(ProviderKind::Relay, u"Relay shop"_s);
    openPage();
    QVERIFY(find<QPushButton>(u"newTemplateButton"_s)->isEnabled());
    RelayTemplateDialog *dialog = m_page->newRelayTemplate();
    QVERIFY(dialog);
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *name = dialog->findChild<QLineEdit *>(u"relayName"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"relayLanguage"_s)->text(), u"en"_s);
    name->setText(u"Spring Sale"_s);
    dialog->findChild<QPlainTextEdit *>(u"relayText"_s)
        ->setPlainText(u"Hi {{first_name}}, *spring* is here! Code {{code}}."_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog->problem().contains(u"lowercase"));
    name->setText(u"spring_sale"_s);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->findChild<QLabel *>(u"relayVariables"_s)->text(),
        u"Variables: {{first_name}}, {{code}}"_s);
    dialog->findChild<QLineEdit *>(u"relayMediaUrl"_s)->setText(u"not a link"_s);
    QVERIFY(!save->isEnabled());
    dialog->findChild<QLineEdit *>(u"relayMediaUrl"_s)
        ->setText(u"https://cdn.example.com/spring.jpg"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);

    auto stored = TemplateStore(m_db).findByName(relay, u"spring_sale"_s, u"en"_s).value();
    QVERIFY(stored);
    QCOMPARE(stored->status, u"APPROVED"_s);
    QCOMPARE(stored->category, u"MARKETING"_s);
    QCOMPARE(stored->parameterFormat, u"NAMED"_s);
    QCOMPARE(stored->components,
        RelayTemplateDialog::componentsFor(u"Hi {{first_name}}, *spring* is here! Code {{code}}."_s,
            u"https://cdn.example.com/spring.jpg"_s));
    QCOMPARE(stored->components.at(0).toObject().value(u"format"_s).toString(), u"IMAGE"_s);
    QTRY_VERIFY(m_page->preview()->hasEntry());
    QVERIFY(m_page->preview()->renderedHtml().contains(u"<b>spring</b>"));

    // Edit: the text changes, name and language stay, the media goes.
    QVERIFY(find<QPushButton>(u"editTemplateButton"_s)->isEnabled());
    dialog = m_page->editRelayTemplate();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit *>(u"relayName"_s)->isReadOnly());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"relayText"_s)->toPlainText(),
        u"Hi {{first_name}}, *spring* is here! Code {{code}}."_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"relayMediaUrl"_s)->text(),
        u"https://cdn.example.com/spring.jpg"_s);
    dialog->findChild<QPlainTextEdit *>(u"relayText"_s)
        ->setPlainText(u"_Last_ day, {{first_name}}!"_s);
    dialog->findChild<QLineEdit *>(u"relayMediaUrl"_s)->clear();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(m_page->preview()->renderedHtml().contains(u"<i>Last</i>"));
    auto edited = TemplateStore(m_db).find(stored->id).value();
    QVERIFY(edited);
    QCOMPARE(edited->components,
        RelayTemplateDialog::componentsFor(u"_Last_ day, {{first_name}}!"_s, {}));
    QCOMPARE(TemplateStore(m_db).list(relay, true).value().size(), 1);

    // Delete, after a question.
    Dialogs::answerConfirm(false);
    m_page->deleteRelayTemplate();
    QCOMPARE(m_page->model()->rowCount(), 1);
    Dialogs::answerConfirm(true);
    QTest::mouseClick(find<QPushButton>(u"deleteTemplateButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    auto all = TemplateStore(m_db).list(relay, true).value();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().deletedAt != 0);
}

void TestTemplatesPage::screenshots()
{
    const QString dir = qEnvironmentVariable("MEGAPHONE_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("MEGAPHONE_SCREENSHOTS is not set");
    const QString backend
        = *static_cast<QString *>(QTest::qGlobalData("backend", ::qMetaTypeId<QString>()));
    if (backend != u"sqlite")
        QSKIP("one set of screenshots is enough");
    seedCatalogue(addAccount(ProviderKind::Sandbox, u"Sandbox shop"_s));
    addAccount(ProviderKind::Relay, u"Relay shop"_s);
    openPage();
    m_page->resize(1500, 900);
    QVERIFY(m_page->selectTemplate(m_page->model()->entry(0).record.id));
    find<MessageLabel>(u"syncStatus"_s)
        ->showMessage(
            u"12 template(s) listed: 12 new, 0 changed, 0 unchanged, 0 no longer listed."_s);
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(dir + u"/templates-page.png"_s));
    RelayTemplateDialog *dialog = m_page->newRelayTemplate();
    dialog->findChild<QLineEdit *>(u"relayName"_s)->setText(u"spring_sale"_s);
    dialog->findChild<QPlainTextEdit *>(u"relayText"_s)
        ->setPlainText(u"Hi {{first_name}}, our *spring sale* starts today!"_s);
    QVERIFY(dialog->grab().save(dir + u"/templates-relay-dialog.png"_s));
    dialog->reject();
}

QTEST_MAIN(TestTemplatesPage)
#include "tst_templatespage.moc"
