#include "SendOutcome.h"

using namespace Qt::StringLiterals;

namespace megaphone {

QString answerClassToString(AnswerClass answerClass)
{
    switch (answerClass) {
    case AnswerClass::Accepted:
        return u"accepted"_s;
    case AnswerClass::NotAccepted:
        return u"not-accepted"_s;
    case AnswerClass::RateLimited:
        return u"rate-limited"_s;
    case AnswerClass::PairLimited:
        return u"pair-limited"_s;
    case AnswerClass::Ambiguous:
        return u"ambiguous"_s;
    case AnswerClass::RecipientPermanent:
        return u"recipient-permanent"_s;
    case AnswerClass::RecipientOptedOut:
        return u"recipient-opted-out"_s;
    case AnswerClass::CampaignFatal:
        return u"campaign-fatal"_s;
    }
    return u"ambiguous"_s;
}

} // namespace megaphone
