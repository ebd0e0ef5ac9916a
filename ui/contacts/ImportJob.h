#pragma once

#include "ContactImporter.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace megaphone {

class Database;

// Runs one ContactImporter on a pool thread (run() blocks), with its progress sent
// back to the GUI thread about ten times a second. cancel() sets the importer's
// cancel flag; before the merge that changes nothing in the database.
//
// Deleting the job cancels a run still going; its rejects file is removed then, as
// nobody will show it.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(std::shared_ptr<const Database> db, QObject *parent = nullptr);
    ~ImportJob() override;

    // Starts a run; false when one is still going.
    bool start(const ContactImporter::Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel && m_cancel->load(); }

Q_SIGNALS:
    void progressed(const megaphone::ImportProgress &progress);
    // A cancelled run finishes too, with `report.cancelled` set.
    void finished(const megaphone::ImportReport &report);
    void failed(const QString &message);

private:
    std::shared_ptr<const Database> m_db;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace megaphone
