#pragma once

#include "Broadcast.h"
#include "Contact.h"

#include <QCoreApplication>

namespace megaphone {

// The words the UI shows for stored states (the database spells them for machines).
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString broadcast(BroadcastStatus status);
    static QString recipient(RecipientStatus status);
    static QString consent(Consent consent);
    // Template categories and review states as providers spell them (MARKETING,
    // APPROVED...); an unknown spelling is shown as it is.
    static QString templateCategory(const QString &category);
    static QString templateStatus(const QString &status);
};

} // namespace megaphone
