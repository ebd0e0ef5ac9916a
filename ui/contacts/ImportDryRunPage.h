#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;

namespace megaphone {

class Database;
class ImportJob;
class ImportSummary;
struct ImportProgress;
struct ImportReport;
struct ImportSession;

// Step 5: reads the whole file with the chosen settings and changes nothing, then
// shows what an import would do: counts and the first rejected rows. Its commit
// button starts the import.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kShownRejects = 20;

    ImportDryRunPage(std::shared_ptr<const Database> db, ImportSession &session,
                     QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void showProgress(const ImportProgress &progress);
    void showReport(const ImportReport &report);
    void showFailure(const QString &message);

    ImportSession &m_session;
    ImportJob *m_job = nullptr;
    std::shared_ptr<const Database> m_db;
    QProgressBar *m_progress;
    QLabel *m_status;
    ImportSummary *m_summary;
    bool m_ready = false;
};

} // namespace megaphone
