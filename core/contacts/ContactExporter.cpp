#include "ContactExporter.h"

#include "ContactStore.h"
#include "CsvWriter.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kPage = 2000;

QString isoTime(qint64 ms)
{
    return ms == 0 ? QString()
                   : QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

} // namespace

ContactExporter::ContactExporter(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<qint64> ContactExporter::write(const ContactFilter &filter, QIODevice *out,
                                      const std::atomic_bool *cancel,
                                      const std::function<void(qint64)> &progress)
{
    ContactStore store(m_db);
    auto keys = store.attributeKeys();
    if (!keys)
        return keys.error();

    CsvWriter csv(out);
    csv.writeRow(QStringList{u"Phone"_s, u"First Name"_s, u"Last Name"_s, u"Name"_s, u"Email"_s,
                             u"Birthday"_s, u"Country"_s, u"Language"_s, u"Time Zone"_s,
                             u"Consent"_s, u"Consent Source"_s, u"Consent Time"_s,
                             u"Opted Out Time"_s, u"Opt-out Source"_s, u"Tags"_s} +
                 keys.value());
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        if (cancel && cancel->load())
            return makeError(u"cancelled"_s, tr("The export was cancelled."));
        auto page = store.page(filter, after, kPage);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const Contact &c : std::as_const(page.value())) {
            QStringList row{c.phoneE164, c.firstName, c.lastName, c.displayName, c.email,
                            c.birthday, c.country, c.language, c.timeZone,
                            consentToCli(c.consent), c.consentSource, isoTime(c.consentAt),
                            isoTime(c.optedOutAt), c.optOutSource, c.tags.join(u", "_s)};
            for (const QString &key : std::as_const(keys.value()))
                row.append(c.attributes.value(key).toVariant().toString());
            if (!csv.writeRow(row))
                return makeError(u"io"_s, tr("Cannot write the export file (is the disk full?)."));
        }
        written += page->size();
        after = page->last().id;
        if (progress)
            progress(written);
    }
    return written;
}

} // namespace megaphone
