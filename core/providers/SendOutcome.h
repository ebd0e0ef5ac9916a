#pragma once

#include <QString>

#include <optional>

namespace megaphone {

// The failure classes of DESIGN.md section 3; the dispatcher acts on the class.
enum class AnswerClass {
    Accepted, // sent; never retried
    NotAccepted, // certainly not accepted: retry with backoff
    RateLimited, // slow the whole bucket, retry later
    PairLimited, // Meta 131056: retry this recipient after 4^n s
    Ambiguous, // outcome unknown: recipient `unknown`, never retried silently
    RecipientPermanent, // this recipient failed; go on
    RecipientOptedOut, // this recipient failed and opted out of marketing
    CampaignFatal, // pause the broadcast with the reason
};

// Spelling for logs, JSON and the database: accepted, not-accepted, rate-limited...
QString answerClassToString(AnswerClass answerClass);

// The classified answer to one send.
struct SendOutcome
{
    AnswerClass answerClass = AnswerClass::Ambiguous;
    QString messageId; // the provider's id when accepted (Meta wamid, Twilio SM...)
    QString messageStatus; // Meta message_status (accepted, held_for_quality_assessment, paused)
    QString code; // the provider's error code ("131026", "21610"), or "http-503", "timeout"...
    QString explanation; // in words, translated, for the user
    QString providerMessage; // the provider's own text, untranslated, for details
    int httpStatus = 0;
    std::optional<int> retryAfterSeconds; // from Retry-After when given
};

} // namespace megaphone
