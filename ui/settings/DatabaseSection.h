#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QGroupBox>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace megaphone {

class CredentialStore;
class Database;
class MessageLabel;
class Preferences;

// The database in use, and the choice of another one: a SQLite file or a PostgreSQL
// server. "Test" connects on a background thread without changing anything; "Use
// this database" stores the address (never its password: that goes to the keychain)
// for the next start.
class DatabaseSection : public QGroupBox
{
    Q_OBJECT

public:
    DatabaseSection(std::shared_ptr<const Database> db, CredentialStore *credentials,
        Preferences *preferences, QWidget *parent = nullptr);

    // Reads the schema version of the database in use.
    void refresh();
    void testConnection();
    void useDatabase();

    // The address the form describes, or why it is incomplete (without the password).
    Result<DatabaseUrl> chosenUrl() const;

private:
    QWidget *createCurrent();
    QWidget *createChoice();
    QWidget *createSqliteForm();
    QWidget *createPostgresForm();
    void browse();
    void fillFrom(const DatabaseUrl &url);
    void check(DatabaseUrl url);
    void store(const DatabaseUrl &url);
    void setBusy(bool busy);
    QString passwordKey(const DatabaseUrl &url) const;

    std::shared_ptr<const Database> m_db;
    CredentialStore *m_credentials;
    Preferences *m_preferences;
    QLabel *m_schemaVersion = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_forms = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_use = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace megaphone
