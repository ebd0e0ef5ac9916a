#pragma once

#include "Result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace megaphone {

class CredentialStore;
class Database;
class KeychainProbe;

// Which database is in use, whether the keychain works, and the team's sending
// defaults (TeamSettings, shared through the database with every worker).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                 QWidget *parent = nullptr);

    // Reads the team settings again, unless the form has unsaved edits.
    void refresh();
    void checkKeychain();
    void save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Values;
    QWidget *createDatabaseGroup();
    QWidget *createKeychainGroup();
    QWidget *createTeamGroup();
    void showValues(const Result<Values> &values);
    void showSaved(const Result<void> &saved);
    void showMessage(const QString &text, bool error);
    void markEdited();

    std::shared_ptr<const Database> m_db;
    KeychainProbe *m_probe;
    QLabel *m_schemaVersion = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_keychainRecheck = nullptr;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_maxMps = nullptr;
    QSpinBox *m_frequencyCap = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    bool m_filling = false;
    bool m_edited = false;
    bool m_probed = false;
    quint64 m_generation = 0;
};

} // namespace megaphone
