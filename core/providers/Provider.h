#pragma once

#include "Result.h"
#include "SendOutcome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace megaphone {

struct RenderedMessage;

// One message to one recipient.
struct OutgoingMessage
{
    qint64 recipientId = 0; // goes into biz_opaque_callback_data / the StatusCallback URL
    QString toE164; // "+4915123456789"
    const RenderedMessage *rendered = nullptr; // must outlive the send() call only
    QString templateRemoteId; // Twilio Content SID (HX...) of the template
    bool sessionMessage = false; // send rendered->text as a plain text message (24 h window only)
    bool mediaPerRecipient = false; // the header media link comes from the contact (131053)
};

// The recipient id as it travels in Meta's biz_opaque_callback_data and comes back in
// status webhooks: "megaphone:r=<id>". 0 when `data` is not ours.
QString callbackDataFor(qint64 recipientId);
qint64 recipientIdFromCallbackData(const QString &data);

// What "Test connection" found, in the provider's words where it gives them.
struct ConnectionInfo
{
    QString displayNumber;
    QString verifiedName;
    QString qualityRating; // GREEN, YELLOW, RED
    QString status; // CONNECTED...
    int throughputMps = 0; // 0 when not given
    int messagingLimit = 0; // unique users per 24 h; -1 unlimited; 0 unknown
    QString summary; // one translated line for the UI
};

// A template as the provider lists it, in Meta's JSON shape (Twilio's and 360dialog's
// are converted), ready for TemplateStore.
struct RemoteTemplate
{
    QString remoteId;
    QString name;
    QString language;
    QString category;
    QString status;
    QString parameterFormat; // POSITIONAL or NAMED
    QJsonArray components;
};

// A WhatsApp sending service (DESIGN.md section 4). Lives on one thread with that
// thread's HttpClient; callbacks run on that thread, never after the provider is gone.
class Provider : public QObject
{
    Q_OBJECT

public:
    using SendDone = std::function<void(const SendOutcome &)>;
    using TestDone = std::function<void(const Result<ConnectionInfo> &)>;
    using ListDone = std::function<void(const Result<QList<RemoteTemplate>> &)>;
    using ListProgress = std::function<void(int pagesRead, int templatesRead)>;

    using QObject::QObject;

    virtual void send(const OutgoingMessage &message, SendDone done) = 0;
    virtual void testConnection(TestDone done) = 0;
    // Follows the provider's paging until the last page.
    virtual void listTemplates(ListDone done, ListProgress progress = {}) = 0;
    // Relay templates are written in the app, not listed by the provider.
    virtual bool listsTemplates() const { return true; }
};

} // namespace megaphone
