#pragma once

#include "Contact.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace megaphone {

class Database;

// Writes the contacts of a filter to a CSV file with ContactExporter off the GUI
// thread, behind a progress dialog with Cancel. The file is written through
// QSaveFile: a cancelled or failed export leaves no half-written file behind.
class ContactExportJob : public QObject
{
    Q_OBJECT

public:
    // The progress dialog is shown over `dialogParent`, which also owns this object.
    ContactExportJob(std::shared_ptr<const Database> db, QWidget *dialogParent);
    ~ContactExportJob() override;

    // `expected`: how many contacts match, for the progress bar (0: unknown).
    bool start(const ContactFilter &filter, const QString &path, qint64 expected);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // What happened in words (also for a cancelled export, with ok false).
    void finished(const QString &message, bool ok);

private:
    void showProgress(qint64 written);

    std::shared_ptr<const Database> m_db;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_expected = 0;
    bool m_running = false;
};

} // namespace megaphone
