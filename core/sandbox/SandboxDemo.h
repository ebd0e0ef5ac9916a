#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace megaphone {

class Database;

// "Try with the sandbox" (issue 4): a sandbox sender account in a portfolio of its own
// and a few dozen sample contacts, so that a new user can go through the whole app
// without a WhatsApp account. Templates come by a normal sync afterwards.
class SandboxDemo
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemo)

public:
    struct Created
    {
        qint64 accountId = 0;
        int contactsAdded = 0; // sample contacts already present are not added again
    };

    // Idempotent: an existing sandbox account is reused.
    static Result<Created> create(const std::shared_ptr<const Database> &db);
    static int sampleContactCount();
};

} // namespace megaphone
