#include "ReaderFactory.h"

#include "CsvReader.h"
#include "VCardReader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace megaphone {

ReaderFactory::Format ReaderFactory::detectFormat(const QString &fileName, QIODevice *device)
{
    if (device && VCardReader::looksLikeVCard(device->peek(512)))
        return Format::VCard;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"vcf" || suffix == u"vcard" ? Format::VCard : Format::Csv;
}

std::unique_ptr<RecordReader> ReaderFactory::create(Format format)
{
    if (format == Format::VCard)
        return std::make_unique<VCardReader>();
    return std::make_unique<CsvReader>();
}

Result<ReaderFactory::OpenedReader> ReaderFactory::open(const QString &path,
                                                        const ReaderOptions &options)
{
    OpenedReader opened;
    opened.file = std::make_unique<QFile>(path);
    if (!opened.file->open(QIODevice::ReadOnly)) {
        return makeError(u"cannot-open"_s, tr("Cannot open %1: %2")
                                               .arg(QDir::toNativeSeparators(path),
                                                    opened.file->errorString()));
    }
    opened.format = detectFormat(path, opened.file.get());
    opened.reader = create(opened.format);
    if (!opened.reader->open(opened.file.get(), options)) {
        return makeError(u"unreadable"_s, tr("Cannot read %1: %2")
                                              .arg(QDir::toNativeSeparators(path),
                                                   opened.reader->error()));
    }
    return opened;
}

} // namespace megaphone
