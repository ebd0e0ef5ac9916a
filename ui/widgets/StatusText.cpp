#include "StatusText.h"

using namespace Qt::StringLiterals;

namespace megaphone {

QString StatusText::broadcast(BroadcastStatus status)
{
    switch (status) {
    case BroadcastStatus::Draft:
        return tr("Draft");
    case BroadcastStatus::Scheduled:
        return tr("Scheduled");
    case BroadcastStatus::AwaitingConfirmation:
        return tr("Awaiting confirmation");
    case BroadcastStatus::Running:
        return tr("Running");
    case BroadcastStatus::Paused:
        return tr("Paused");
    case BroadcastStatus::Completed:
        return tr("Completed");
    case BroadcastStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString StatusText::recipient(RecipientStatus status)
{
    switch (status) {
    case RecipientStatus::Pending:
        return tr("Pending");
    case RecipientStatus::Sending:
        return tr("Sending");
    case RecipientStatus::Sent:
        return tr("Sent");
    case RecipientStatus::Delivered:
        return tr("Delivered");
    case RecipientStatus::Read:
        return tr("Read");
    case RecipientStatus::Failed:
        return tr("Failed");
    case RecipientStatus::Skipped:
        return tr("Skipped");
    case RecipientStatus::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString StatusText::consent(Consent consent)
{
    switch (consent) {
    case Consent::OptedIn:
        return tr("Opted in");
    case Consent::Unknown:
        return tr("Unknown");
    case Consent::OptedOut:
        return tr("Opted out");
    }
    return {};
}

QString StatusText::templateCategory(const QString &category)
{
    const QString key = category.toUpper();
    if (key == u"MARKETING")
        return tr("Marketing");
    if (key == u"UTILITY")
        return tr("Utility");
    if (key == u"AUTHENTICATION")
        return tr("Authentication");
    return category;
}

QString StatusText::templateStatus(const QString &status)
{
    const QString key = status.toUpper();
    if (key == u"APPROVED")
        return tr("Approved");
    if (key == u"PENDING" || key == u"IN_APPEAL")
        return tr("In review");
    if (key == u"REJECTED")
        return tr("Rejected");
    if (key == u"PAUSED")
        return tr("Paused");
    if (key == u"DISABLED")
        return tr("Disabled");
    return status;
}

} // namespace megaphone
