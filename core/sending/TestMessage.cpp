#include "TestMessage.h"

#include "AccountStore.h"
#include "MessageTemplate.h"
#include "PhoneNormalizer.h"
#include "TeamSettings.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

Result<TestMessage> TestMessage::prepare(const std::shared_ptr<const Database> &db,
                                         const Broadcast &draft, const Contact &sample,
                                         const QString &toNumber)
{
    auto region = TeamSettings(db).defaultRegion();
    const PhoneResult phone =
        PhoneNormalizer(region ? region.value() : PhoneNormalizer::systemRegion()).normalize(toNumber);
    if (!phone.ok())
        return makeError(u"bad-number"_s, tr("%1 is not a number a test can go to: %2")
                                              .arg(toNumber.trimmed(), phone.reason));
    auto account = AccountStore(db).find(draft.accountId);
    if (!account)
        return account.error();
    if (!account.value())
        return makeError(u"no-account"_s, tr("Choose the sender account first."));
    auto record = TemplateStore(db).find(draft.templateId);
    if (!record)
        return record.error();
    if (!record.value())
        return makeError(u"no-template"_s, tr("Choose a template first."));
    auto parsed = MessageTemplate::fromRecord(*record.value());
    if (!parsed)
        return parsed.error();
    TestMessage message;
    message.account = *account.value();
    message.rendered =
        TemplateRenderer(parsed.value(), TemplateMapping::fromJson(draft.mapping)).render(sample);
    if (!message.rendered.ok())
        return makeError(u"empty-parameter"_s,
                         tr("Not sent: %1 would be empty for %2; add a fallback.")
                             .arg((message.rendered.emptyParameters
                                   + message.rendered.invalidParameters)
                                      .join(u", "_s),
                                  sample.phoneE164));
    message.templateRemoteId = record.value()->remoteId;
    message.toE164 = phone.e164;
    return message;
}

} // namespace megaphone
