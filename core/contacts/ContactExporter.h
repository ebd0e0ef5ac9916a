#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace megaphone {

class Database;

// Writes the contacts of a filter to CSV, page by page (memory stays flat). The
// columns are named so that Megaphone's importer maps them back by itself.
// Secrets never reach an export: contacts hold none.
class ContactExporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactExporter)

public:
    explicit ContactExporter(std::shared_ptr<const Database> db);

    // Returns how many contacts were written.
    Result<qint64> write(const ContactFilter &filter, QIODevice *out,
                         const std::atomic_bool *cancel = nullptr,
                         const std::function<void(qint64 written)> &progress = {});

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
