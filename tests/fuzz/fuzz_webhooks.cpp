// libFuzzer target for the webhook parsers and signatures (core/webhooks): every input is
// read as a Meta payload, a Twilio form body, callback data and a phone number, signed and
// verified, and its events are stored and read back. Besides crashes and sanitizer reports
// it checks properties that must hold for any input; a broken one aborts (a crash file).
// Run it with packaging/fuzz-webhooks.sh.
#include "WebhookEvents.h"
#include "WebhookParser.h"
#include "WebhookSignature.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace megaphone;

namespace {

#define FUZZ_CHECK(condition)                                                                  \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "fuzz_webhooks: %s:%d: property broken: %s\n", __FILE__,      \
                         __LINE__, #condition);                                                \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

bool same(const StatusEvent &a, const StatusEvent &b)
{
    return a.messageId == b.messageId && a.status == b.status && a.atMs == b.atMs
           && a.recipientPhone == b.recipientPhone && a.recipientId == b.recipientId
           && a.errorCode == b.errorCode && a.errorTitle == b.errorTitle && a.source == b.source;
}

bool same(const InboundEvent &a, const InboundEvent &b)
{
    return a.messageId == b.messageId && a.fromPhone == b.fromPhone && a.atMs == b.atMs
           && a.type == b.type && a.text == b.text && a.contextId == b.contextId
           && a.source == b.source;
}

bool same(const PreferenceEvent &a, const PreferenceEvent &b)
{
    return a.fromPhone == b.fromPhone && a.value == b.value && a.category == b.category
           && a.atMs == b.atMs && a.source == b.source;
}

bool isE164(const QString &phone)
{
    if (phone.size() < 2 || phone.size() > 16 || phone.front() != u'+')
        return false;
    for (qsizetype i = 1; i < phone.size(); ++i) {
        if (phone[i] < u'0' || phone[i] > u'9')
            return false;
    }
    return true;
}

// Stored and read back, every event is the one parsed, under the key it had alone.
void roundTrip(const WebhookEvents &events)
{
    const QList<StoredEvent> stored = StoredEvent::from(events);
    FUZZ_CHECK(stored.size()
               == events.statuses.size() + events.inbound.size() + events.preferences.size());
    qsizetype i = 0;
    for (const StatusEvent &e : events.statuses) {
        FUZZ_CHECK(e.atMs >= 0);
        FUZZ_CHECK(e.recipientPhone.isEmpty() || isE164(e.recipientPhone));
        FUZZ_CHECK(e.recipientId >= 0);
        const StoredEvent &s = stored[i++];
        FUZZ_CHECK(s.payload.value(u"kind").toString() == u"status");
        FUZZ_CHECK(s.dedupeKey == StoredEvent::from(e).dedupeKey);
        FUZZ_CHECK(same(StoredEvent::status(s.payload), e));
    }
    for (const InboundEvent &e : events.inbound) {
        FUZZ_CHECK(e.atMs >= 0 && isE164(e.fromPhone));
        const StoredEvent &s = stored[i++];
        FUZZ_CHECK(s.payload.value(u"kind").toString() == u"inbound");
        FUZZ_CHECK(s.dedupeKey == StoredEvent::from(e).dedupeKey);
        FUZZ_CHECK(same(StoredEvent::inbound(s.payload), e));
    }
    for (const PreferenceEvent &e : events.preferences) {
        FUZZ_CHECK(e.atMs >= 0 && isE164(e.fromPhone));
        FUZZ_CHECK(e.value == u"stop" || e.value == u"resume");
        const StoredEvent &s = stored[i++];
        FUZZ_CHECK(s.payload.value(u"kind").toString() == u"preference");
        FUZZ_CHECK(s.dedupeKey == StoredEvent::from(e).dedupeKey);
        FUZZ_CHECK(same(StoredEvent::preference(s.payload), e));
    }
}

void parsers(const QByteArray &body)
{
    const Result<WebhookEvents> meta = WebhookParser::meta(body, u"meta"_s);
    if (meta.ok())
        roundTrip(meta.value());
    else
        FUZZ_CHECK(meta.error().code == u"malformed" && !meta.error().message.isEmpty());

    const Result<WebhookEvents> twilio = WebhookParser::twilio(body, 1);
    if (twilio.ok()) {
        FUZZ_CHECK(twilio->statuses.size() <= 1 && twilio->inbound.isEmpty()
                   && twilio->preferences.isEmpty());
        roundTrip(twilio.value());
    } else {
        FUZZ_CHECK(twilio.error().code == u"malformed" && !twilio.error().message.isEmpty());
    }

    const Result<WebhookEvents> polled = WebhookParser::twilioMessage(body, 1);
    if (polled.ok()) {
        FUZZ_CHECK(polled->statuses.size() <= 1 && polled->inbound.isEmpty());
        roundTrip(polled.value());
    } else {
        FUZZ_CHECK(polled.error().code == u"malformed" && !polled.error().message.isEmpty());
    }
}

void callbackDataAndNumbers(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    FUZZ_CHECK(WebhookParser::recipientFromCallbackData(text) >= 0);
    const QString phone = WebhookParser::e164(text);
    FUZZ_CHECK(phone.isEmpty() || isE164(phone));
    FUZZ_CHECK(WebhookParser::e164(phone) == phone); // idempotent
}

// A first line is a signature header for the rest (the seeds carry Meta's and Twilio's own
// vectors, so the passing branch is reached); a body's own signature always passes.
void signatures(const QByteArray &data)
{
    const qsizetype newline = data.indexOf('\n');
    const QByteArray header = newline < 0 ? QByteArray() : data.left(newline);
    const QByteArray body = newline < 0 ? data : data.mid(newline + 1);

    const QString secret = u"app-secret"_s;
    (void)WebhookSignature::verifyMeta(body, header, secret);
    const QByteArray metaSignature = WebhookSignature::meta(body, secret);
    FUZZ_CHECK(WebhookSignature::verifyMeta(body, metaSignature, secret));
    FUZZ_CHECK(!WebhookSignature::verifyMeta(body, metaSignature, QString()));

    const QString url = u"https://mycompany.com/myapp.php?foo=1&bar=2"_s;
    const QString token = u"12345"_s;
    const QList<QPair<QString, QString>> params = WebhookSignature::formParams(body);
    (void)WebhookSignature::verifyTwilio(url, params, header, token);
    const QByteArray twilioSignature = WebhookSignature::twilio(url, params, token);
    FUZZ_CHECK(WebhookSignature::verifyTwilio(url, params, twilioSignature, token));
    FUZZ_CHECK(!WebhookSignature::verifyTwilio(url + u'x', params, twilioSignature, token));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    parsers(body);
    callbackDataAndNumbers(body);
    signatures(body);
    return 0;
}
