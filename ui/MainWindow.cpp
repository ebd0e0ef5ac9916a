#include "MainWindow.h"

#include "Database.h"
#include "Preferences.h"
#include "broadcasts/BroadcastNotifier.h"
#include "broadcasts/BroadcastWizard.h"
#include "broadcasts/BroadcastsPage.h"
#include "dashboard/LiveBroadcastView.h"
#include "contacts/ContactsPage.h"
#include "dashboard/DashboardPage.h"
#include "settings/SettingsPage.h"
#include "templates/TemplatesPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr QSize kDefaultSize(1120, 720);
}

MainWindow::MainWindow(std::shared_ptr<Database> db, CredentialStore *credentials,
                       QWidget *parent)
    : MainWindow(std::move(db), credentials, nullptr, parent)
{
}

MainWindow::MainWindow(std::shared_ptr<Database> db, CredentialStore *credentials,
                       Preferences *preferences, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_credentials(credentials),
      m_ownPreferences(preferences ? nullptr : std::make_unique<Preferences>()),
      m_preferences(preferences ? preferences : m_ownPreferences.get()),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Megaphone"));

    QStyle *style = this->style();
    auto *dashboard = new DashboardPage(m_db, credentials);
    connect(dashboard, &DashboardPage::settingsRequested, this,
            [this] { showPage(Page::Settings); });
    addPage(Page::Dashboard, tr("Dashboard"),
            QIcon::fromTheme(u"go-home"_s, style->standardIcon(QStyle::SP_ComputerIcon)),
            dashboard);
    addPage(Page::Contacts, tr("Contacts"),
            QIcon::fromTheme(u"x-office-address-book"_s,
                             style->standardIcon(QStyle::SP_DirHomeIcon)),
            new ContactsPage(m_db));
    addPage(Page::Templates, tr("Templates"),
            QIcon::fromTheme(u"text-x-generic-template"_s,
                             style->standardIcon(QStyle::SP_FileDialogDetailedView)),
            new TemplatesPage(m_db, credentials));
    auto *broadcasts = new BroadcastsPage(m_db);
    connect(broadcasts, &BroadcastsPage::newRequested, this, [this] { openBuilder(0); });
    connect(broadcasts, &BroadcastsPage::editRequested, this, &MainWindow::openBuilder);
    connect(broadcasts, &BroadcastsPage::openRequested, this, [this, dashboard](qint64 id) {
        QComboBox *picker = dashboard->liveBroadcast()->picker();
        if (const int index = picker->findData(id); index >= 0)
            picker->setCurrentIndex(index);
        showPage(Page::Dashboard);
    });
    addPage(Page::Broadcasts, tr("Broadcasts"),
            QIcon::fromTheme(u"mail-send"_s, style->standardIcon(QStyle::SP_ArrowForward)),
            broadcasts);
    addPage(Page::Settings, tr("Settings"),
            QIcon::fromTheme(u"preferences-system"_s,
                             style->standardIcon(QStyle::SP_FileDialogInfoView)),
            m_settings = new SettingsPage(m_db, credentials, m_preferences));

    m_pages->setObjectName(u"pages"_s);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setText(m_db->url().describe());
    m_databaseLabel->setToolTip(tr("The database in use"));
    m_databaseLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_databaseLabel, 1);

    restoreWindowGeometry();
    // Tray notifications, where the desktop has a tray; a click brings the broadcasts up.
    auto *notifier = new BroadcastNotifier(m_db, this);
    connect(notifier, &BroadcastNotifier::opened, this, [this] {
        showPage(Page::Broadcasts);
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        show();
        raise();
        activateWindow();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::setWebhookService(WebhookService *service)
{
    m_settings->setWebhookService(service);
}

void MainWindow::addPage(Page page, const QString &title, const QIcon &icon, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == int(page));
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 40));

    // Ctrl+1 ... Ctrl+5 reach the pages from the keyboard.
    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(action);
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setFixedWidth(200);
    sidebar->setBackgroundRole(QPalette::AlternateBase);
    sidebar->setAutoFillBackground(true);

    auto *name = new QLabel(tr("Megaphone"), sidebar);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setContentsMargins(10, 4, 0, 10);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(1);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Pages"));
    // Transparent, so the sidebar's colour shows behind the items.
    m_navigation->viewport()->setAutoFillBackground(false);
    m_navigation->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(8, 16, 8, 8);
    layout->addWidget(name);
    layout->addWidget(m_navigation, 1);
    return sidebar;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::openBuilder(qint64 draftId)
{
    auto *builder = new BroadcastWizard(m_db, draftId, m_credentials, this);
    builder->setAttribute(Qt::WA_DeleteOnClose);
    builder->setWindowModality(Qt::NonModal);
    builder->show();
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::restoreWindowGeometry()
{
    const QByteArray geometry = m_preferences->mainWindowGeometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences->setMainWindowGeometry(saveGeometry());
    m_preferences->sync();
    QMainWindow::closeEvent(event);
}

} // namespace megaphone
