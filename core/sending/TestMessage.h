#pragma once

#include "Account.h"
#include "Broadcast.h"
#include "Contact.h"
#include "Result.h"
#include "TemplateRenderer.h"

#include <memory>

namespace megaphone {

class Database;

// "Send a test to my number" in the review step: the draft's template filled for a sample
// contact of the audience, addressed to the number the user typed (normalised with the
// team's default country). prepare() reads the database: call it off the GUI thread, then
// send with ProviderCall::send.
struct TestMessage
{
    Q_DECLARE_TR_FUNCTIONS(TestMessage)

public:
    Account account;
    RenderedMessage rendered;
    QString templateRemoteId;
    QString toE164;

    static Result<TestMessage> prepare(const std::shared_ptr<const Database> &db,
                                       const Broadcast &draft, const Contact &sample,
                                       const QString &toNumber);
};

} // namespace megaphone
