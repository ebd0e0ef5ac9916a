#include "RecipientReport.h"

#include "ContactStore.h"
#include "CsvWriter.h"
#include "RecipientStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int pageSize = 2000;

QString isoTime(qint64 ms)
{
    // toUTC() spells UTC as "Z" on every Qt 6 version.
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

RecipientReport::RecipientReport(std::shared_ptr<const Database> db)
    : m_db(std::move(db))
{
}

QStringList RecipientReport::header()
{
    return {u"phone"_s,      u"first_name"_s, u"last_name"_s,  u"status"_s,     u"attempts"_s,
            u"sent_at"_s,    u"delivered_at"_s, u"read_at"_s,  u"failed_at"_s,  u"replied_at"_s,
            u"error_code"_s, u"error_text"_s, u"message_id"_s};
}

Result<qint64> RecipientReport::write(qint64 broadcastId, QIODevice *out)
{
    CsvWriter csv(out);
    if (!csv.writeRow(header()))
        return makeError(u"write"_s, tr("The report could not be written."));
    RecipientStore recipients(m_db);
    ContactStore contacts(m_db);
    qint64 written = 0;
    qint64 afterId = 0;
    for (;;) {
        auto page = recipients.page(broadcastId, afterId, pageSize);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        QList<qint64> contactIds;
        for (const Recipient &r : page.value())
            contactIds << r.contactId;
        auto people = contacts.findMany(contactIds);
        if (!people)
            return people.error();
        for (const Recipient &r : page.value()) {
            const Contact contact = people->value(r.contactId);
            if (!csv.writeRow({r.phoneE164, contact.firstName, contact.lastName,
                               recipientStatusToString(r.status), QString::number(r.attempts),
                               isoTime(r.sentAt), isoTime(r.deliveredAt), isoTime(r.readAt),
                               isoTime(r.failedAt), isoTime(r.repliedAt), r.errorCode, r.errorTitle,
                               r.providerMessageId}))
                return makeError(u"write"_s, tr("The report could not be written."));
            ++written;
        }
        afterId = page->last().id;
    }
    return written;
}

} // namespace megaphone
