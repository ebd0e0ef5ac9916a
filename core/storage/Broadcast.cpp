#include "Broadcast.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char16_t *>, N> &names,
                           const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<BroadcastStatus, const char16_t *>, 7> kBroadcastNames{{
    {BroadcastStatus::Draft, u"draft"},
    {BroadcastStatus::Scheduled, u"scheduled"},
    {BroadcastStatus::AwaitingConfirmation, u"awaiting_confirmation"},
    {BroadcastStatus::Running, u"running"},
    {BroadcastStatus::Paused, u"paused"},
    {BroadcastStatus::Completed, u"completed"},
    {BroadcastStatus::Cancelled, u"cancelled"},
}};

constexpr std::array<std::pair<RecipientStatus, const char16_t *>, 8> kRecipientNames{{
    {RecipientStatus::Pending, u"pending"},
    {RecipientStatus::Sending, u"sending"},
    {RecipientStatus::Sent, u"sent"},
    {RecipientStatus::Delivered, u"delivered"},
    {RecipientStatus::Read, u"read"},
    {RecipientStatus::Failed, u"failed"},
    {RecipientStatus::Skipped, u"skipped"},
    {RecipientStatus::Unknown, u"unknown"},
}};

} // namespace

QString broadcastStatusToString(BroadcastStatus status)
{
    return QString::fromUtf16(kBroadcastNames[static_cast<size_t>(status)].second);
}

std::optional<BroadcastStatus> broadcastStatusFromString(const QString &text)
{
    return lookup(kBroadcastNames, text);
}

QString recipientStatusToString(RecipientStatus status)
{
    return QString::fromUtf16(kRecipientNames[static_cast<size_t>(status)].second);
}

std::optional<RecipientStatus> recipientStatusFromString(const QString &text)
{
    return lookup(kRecipientNames, text);
}

const QList<RecipientStatus> &allRecipientStatuses()
{
    static const QList<RecipientStatus> all = [] {
        QList<RecipientStatus> list;
        for (const auto &entry : kRecipientNames)
            list.append(entry.first);
        return list;
    }();
    return all;
}

} // namespace megaphone
