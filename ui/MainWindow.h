#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace megaphone {

class CredentialStore;
class Database;
class Preferences;
class SettingsPage;
class WebhookService;

// The application window: a sidebar of pages and the page in view. Every page
// reads the database through core stores when it is shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // In sidebar order.
    enum class Page { Dashboard, Contacts, Templates, Broadcasts, Settings };
    Q_ENUM(Page)

    // Window geometry is kept in the application's default QSettings.
    MainWindow(std::shared_ptr<Database> db, CredentialStore *credentials,
               QWidget *parent = nullptr);
    // Keeps window geometry in `preferences` (not owned; it must outlive the window),
    // e.g. over a settings file in a temporary folder for a test.
    MainWindow(std::shared_ptr<Database> db, CredentialStore *credentials,
               Preferences *preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // The app's webhook receiver, controlled from Settings.
    void setWebhookService(WebhookService *service);
    Page currentPage() const;
    // The page widget of `page`, for tests and for wiring in app/.
    QWidget *pageWidget(Page page) const;
    // The Broadcast Builder on a draft (0: a new broadcast), as its own window.
    void openBuilder(qint64 draftId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &title, const QIcon &icon, QWidget *widget);
    QWidget *createSidebar();
    void restoreWindowGeometry();

    std::shared_ptr<Database> m_db;
    CredentialStore *m_credentials;
    std::unique_ptr<Preferences> m_ownPreferences;
    Preferences *m_preferences;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    SettingsPage *m_settings = nullptr;
};

} // namespace megaphone
