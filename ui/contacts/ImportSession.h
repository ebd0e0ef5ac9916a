#pragma once

#include "ColumnMapping.h"
#include "ContactImporter.h"
#include "ImportTypes.h"
#include "RecordReader.h"
#include "Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace megaphone {

// How a file reads: what the preview shows and the mapping starts from.
struct ImportPreview
{
    bool vCard = false;
    QString encoding;
    QChar delimiter;
    bool hasHeader = true;
    QStringList header;
    QList<SourceRecord> records; // the first kRows
    static constexpr int kRows = 20;
};

// What the import wizard's pages choose, step by step, and what its runs found.
struct ImportSession
{
    QString path;
    ReaderOptions reader; // what the user forced on the preview (empty: detected)
    ImportPreview preview;
    ColumnMapping mapping;
    ImportOptions options;
    std::optional<ImportReport> dryRun;
    std::optional<ImportReport> report;
    QString failure; // why the import failed, when it did
    // Files of rejected rows made by the runs: removed when the wizard closes.
    QStringList temporaryFiles;

    // Opens `path` and reads its first rows. Blocks (the encoding check may read
    // the whole file): call it off the GUI thread.
    static Result<ImportPreview> readPreview(const QString &path, const ReaderOptions &options);

    // The request for a run, reading the file exactly as the preview showed it.
    ContactImporter::Request request(bool dryRunOnly) const;

    void forgetDryRun();
    void removeTemporaryFiles();
};

} // namespace megaphone
