#include "ImportSession.h"

#include "ReaderFactory.h"

#include <QFile>

namespace megaphone {

Result<ImportPreview> ImportSession::readPreview(const QString &path, const ReaderOptions &options)
{
    auto opened = ReaderFactory::open(path, options);
    if (!opened)
        return opened.error();
    RecordReader &reader = *opened->reader;
    ImportPreview preview;
    preview.vCard = opened->format == ReaderFactory::Format::VCard;
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.hasHeader = reader.hasHeader();
    preview.header = reader.header();
    SourceRecord record;
    while (preview.records.size() < ImportPreview::kRows && reader.next(record))
        preview.records.append(record);
    if (!reader.error().isEmpty())
        return makeError(QStringLiteral("unreadable"), reader.error());
    return preview;
}

ContactImporter::Request ImportSession::request(bool dryRunOnly) const
{
    ContactImporter::Request request;
    request.path = path;
    request.reader = reader;
    request.reader.encoding = preview.encoding;
    if (!preview.vCard) {
        request.reader.delimiter = preview.delimiter;
        request.reader.hasHeader = preview.hasHeader;
    }
    request.mapping = mapping;
    request.options = options;
    request.options.dryRun = dryRunOnly;
    return request;
}

void ImportSession::forgetDryRun()
{
    if (dryRun && !dryRun->rejectsFile.isEmpty()) {
        QFile::remove(dryRun->rejectsFile);
        temporaryFiles.removeAll(dryRun->rejectsFile);
    }
    dryRun.reset();
}

void ImportSession::removeTemporaryFiles()
{
    for (const QString &file : std::as_const(temporaryFiles))
        QFile::remove(file);
    temporaryFiles.clear();
}

} // namespace megaphone
