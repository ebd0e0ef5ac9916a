#include "ProviderCodes.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace megaphone {

namespace {

using C = AnswerClass;
#define EXPLAIN(text) QT_TRANSLATE_NOOP("AnswerClassifier", text)

// DESIGN.md section 3, "Failure classes"; meanings from WHATSAPP_API.md section 2.2.
const ProviderCode kMetaCodes[] = {
    {0, C::CampaignFatal, EXPLAIN("The access token was refused (invalid, expired or revoked). Update the account's access token.")},
    {1, C::Ambiguous, EXPLAIN("WhatsApp reported an unknown error; it is not certain whether the message was accepted.")},
    {2, C::NotAccepted, EXPLAIN("WhatsApp is temporarily unavailable or overloaded; the message will be tried again.")},
    {3, C::CampaignFatal, EXPLAIN("The account lacks a capability or permission needed to send. Check the app's permissions.")},
    {4, C::RateLimited, EXPLAIN("Too many requests for this app; sending slows down and tries again later.")},
    {10, C::CampaignFatal, EXPLAIN("Permission to send was denied or not granted. Check the app's permissions.")},
    {33, C::CampaignFatal, EXPLAIN("The business phone number has been deleted.")},
    {100, C::RecipientPermanent, EXPLAIN("WhatsApp refused a value in this message, often the recipient's number or a personal field.")},
    {190, C::CampaignFatal, EXPLAIN("The access token has expired. Update the account's access token.")},
    {368, C::CampaignFatal, EXPLAIN("The account is temporarily blocked for policy violations.")},
    {80007, C::RateLimited, EXPLAIN("The WhatsApp Business Account reached its rate limit; sending slows down and tries again later.")},
    {130429, C::RateLimited, EXPLAIN("The number's sending speed limit was reached; sending slows down and tries again later.")},
    {130472, C::RecipientPermanent, EXPLAIN("This person is part of a Meta marketing experiment and cannot receive this message (not charged).")},
    {130497, C::RecipientPermanent, EXPLAIN("The business may not message people in this person's country.")},
    {131000, C::Ambiguous, EXPLAIN("WhatsApp reported that something went wrong; it is not certain whether the message was accepted.")},
    {131005, C::CampaignFatal, EXPLAIN("Access was denied. Check the access token's permissions.")},
    {131008, C::CampaignFatal, EXPLAIN("A required part of the message is missing. Check the template's fields.")},
    {131009, C::RecipientPermanent, EXPLAIN("A value in this message is not valid, often the recipient's number or a personal field.")},
    {131016, C::NotAccepted, EXPLAIN("The WhatsApp service is temporarily unavailable; the message will be tried again.")},
    {131021, C::RecipientPermanent, EXPLAIN("The recipient is the sending number itself.")},
    {131026, C::RecipientPermanent, EXPLAIN("WhatsApp could not deliver to this number: it may not be on WhatsApp, or the person blocked the business.")},
    {131031, C::CampaignFatal, EXPLAIN("The business account is locked or restricted.")},
    {131042, C::CampaignFatal, EXPLAIN("There is a problem with the business account's eligibility or payment method.")},
    {131045, C::CampaignFatal, EXPLAIN("The phone number's registration or certificate is not valid.")},
    {131047, C::RecipientPermanent, EXPLAIN("More than 24 hours passed since this person last wrote; only a template can be sent.")},
    {131048, C::CampaignFatal, EXPLAIN("The number is restricted because too many people blocked or reported it. Check its quality rating.")},
    {131049, C::RecipientPermanent, EXPLAIN("WhatsApp held back this marketing message to limit how many this person receives; do not resend within 24 hours.")},
    {131050, C::RecipientOptedOut, EXPLAIN("This person stopped marketing messages from the business.")},
    {131051, C::CampaignFatal, EXPLAIN("WhatsApp does not support this message type.")},
    {131053, C::RecipientPermanent, EXPLAIN("WhatsApp could not use the message's media (image, video or document). Check the media link.")},
    {131056, C::PairLimited, EXPLAIN("Too many messages to this person in a short time; this one will be tried again a little later.")},
    {131057, C::NotAccepted, EXPLAIN("The account is in maintenance for a moment; the message will be tried again.")},
    {132000, C::CampaignFatal, EXPLAIN("The number of template fields does not match the template.")},
    {132001, C::CampaignFatal, EXPLAIN("The template does not exist in this language or is not approved.")},
    {132005, C::RecipientPermanent, EXPLAIN("The message is too long once this person's fields are filled in.")},
    {132007, C::CampaignFatal, EXPLAIN("The template's content violates WhatsApp's policies.")},
    {132012, C::CampaignFatal, EXPLAIN("A template field has the wrong format for the template.")},
    {132015, C::CampaignFatal, EXPLAIN("The template is paused because of low quality.")},
    {132016, C::CampaignFatal, EXPLAIN("The template has been permanently disabled.")},
    {133000, C::CampaignFatal, EXPLAIN("A previous deregistration of the phone number did not complete.")},
    {133004, C::NotAccepted, EXPLAIN("The WhatsApp server is temporarily unavailable; the message will be tried again.")},
    {133010, C::CampaignFatal, EXPLAIN("The business phone number is not registered with WhatsApp.")},
    {135000, C::CampaignFatal, EXPLAIN("WhatsApp refused the request's parameters. Check the message setup.")},
};

const ProviderCode kMetaPermissionRange =
    {200, C::CampaignFatal, EXPLAIN("The app lacks a permission needed to send. Check the app's permissions.")};

const ProviderCode kTwilioCodes[] = {
    {20003, C::CampaignFatal, EXPLAIN("Twilio refused the account's credentials. Check the Account SID and Auth Token.")},
    {20429, C::RateLimited, EXPLAIN("Too many requests to Twilio at once; sending slows down and tries again later.")},
    {21211, C::RecipientPermanent, EXPLAIN("The recipient's phone number is not valid.")},
    {21408, C::RecipientPermanent, EXPLAIN("Sending to this person's region is not enabled on the Twilio account.")},
    {21610, C::RecipientOptedOut, EXPLAIN("This person unsubscribed (replied STOP).")},
    {21614, C::RecipientPermanent, EXPLAIN("The recipient's number is not a valid mobile number.")},
    {63013, C::RecipientPermanent, EXPLAIN("The message was refused under the channel's policy for this person.")},
    {63014, C::RecipientPermanent, EXPLAIN("The message could not be delivered because this person blocked it.")},
    {63016, C::RecipientPermanent, EXPLAIN("More than 24 hours passed since this person last wrote; only a template can be sent.")},
    {63018, C::RateLimited, EXPLAIN("The sending speed limit was reached; sending slows down and tries again later.")},
    {63024, C::RecipientPermanent, EXPLAIN("This number cannot receive WhatsApp messages.")},
    {63027, C::CampaignFatal, EXPLAIN("The template does not exist in Twilio. Check the template.")},
    {63028, C::CampaignFatal, EXPLAIN("The number of template fields does not match the template.")},
    {63033, C::RecipientOptedOut, EXPLAIN("This person opted out of WhatsApp marketing messages.")},
};

#undef EXPLAIN

template<std::size_t N>
std::optional<ProviderCode> find(const ProviderCode (&table)[N], int code)
{
    const auto it = std::find_if(std::begin(table), std::end(table),
                                 [code](const ProviderCode &entry) { return entry.code == code; });
    if (it == std::end(table))
        return std::nullopt;
    return *it;
}

} // namespace

std::optional<ProviderCode> findMetaCode(int code)
{
    if (code >= 200 && code <= 299) {
        ProviderCode entry = kMetaPermissionRange;
        entry.code = code;
        return entry;
    }
    return find(kMetaCodes, code);
}

std::optional<ProviderCode> findTwilioCode(int code)
{
    return find(kTwilioCodes, code);
}

} // namespace megaphone
