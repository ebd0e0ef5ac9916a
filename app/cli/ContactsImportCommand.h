#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace megaphone {

class CliContext;

// `megaphone-cli contacts preview FILE` and `contacts import FILE`.
class ContactsImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactsImportCommand)

public:
    static int preview(CliContext &context, const QStringList &args);
    static int import(CliContext &context, const QStringList &args);
};

} // namespace megaphone
