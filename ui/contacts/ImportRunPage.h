#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace megaphone {

class Database;
class ImportJob;
struct ImportProgress;
struct ImportReport;
struct ImportSession;

// Step 6: the import itself, off the GUI thread, with a progress bar over the
// file's bytes and Cancel (which changes nothing while the file is being read).
// Goes on to the report by itself.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(std::shared_ptr<const Database> db, ImportSession &session,
                  QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

Q_SIGNALS:
    void contactsImported();

private:
    void showProgress(const ImportProgress &progress);
    void finish(const ImportReport &report);
    void fail(const QString &message);
    void goOn();

    std::shared_ptr<const Database> m_db;
    ImportSession &m_session;
    ImportJob *m_job;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace megaphone
