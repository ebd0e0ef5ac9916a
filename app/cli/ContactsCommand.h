#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli contacts ...`
class ContactsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCommand)

public:
    static QString usage();
    // `args` are the words after "contacts".
    static int run(CliContext &context, const QStringList &args);

private:
    static int count(CliContext &context, const QStringList &args);
};

} // namespace megaphone
