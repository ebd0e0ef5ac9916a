#pragma once

#include "ColumnMapping.h"
#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace megaphone {

class Database;

// Imports a CSV or vCard file into contacts. Reading runs on the calling thread,
// parsing and phone normalisation on a small thread pool; rows go to a staging
// area and one short set-based merge applies them (DESIGN.md section 6). A
// cancelled or failed import leaves the database as it was.
//
// run() blocks: call it from a worker thread (the GUI) or the CLI's main thread.
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    struct Request
    {
        QString path;
        ReaderOptions reader;
        std::optional<ColumnMapping> mapping; // unset: detected from the header
        ImportOptions options;
        QString actor = QStringLiteral("user"); // for the audit log
    };
    using ProgressFn = std::function<void(const ImportProgress &)>;

    explicit ContactImporter(std::shared_ptr<const Database> db);

    // `cancel` may be set from another thread at any time before the merge.
    Result<ImportReport> run(const Request &request, const std::atomic_bool *cancel = nullptr,
                             const ProgressFn &progress = {});

    // How many rejects the report lists itself (all are in the rejects file).
    static constexpr int kListedRejects = 1000;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
