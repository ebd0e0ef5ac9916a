#pragma once

#include "RecordReader.h"
#include "Result.h"

#include <QFile>

#include <memory>

namespace megaphone {

// Chooses the reader for an import file: vCard when the file starts with
// BEGIN:VCARD or is named .vcf/.vcard, else CSV (which also reads .tsv/.txt).
class ReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(ReaderFactory)

public:
    enum class Format { Csv, VCard };

    // A file opened for reading with its reader; the reader reads `file`.
    struct OpenedReader
    {
        std::unique_ptr<QFile> file; // declared first: destroyed after the reader
        std::unique_ptr<RecordReader> reader;
        Format format = Format::Csv;
    };

    // Looks at the start of `device` (peek, nothing consumed) and at `fileName`.
    static Format detectFormat(const QString &fileName, QIODevice *device);
    static std::unique_ptr<RecordReader> create(Format format);
    // Opens `path`, chooses the reader and calls its open(); the error says
    // in words why the file cannot be read.
    static Result<OpenedReader> open(const QString &path, const ReaderOptions &options = {});
};

} // namespace megaphone
