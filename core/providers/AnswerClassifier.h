#pragma once

#include "SendOutcome.h"

#include <QCoreApplication>

#include <optional>

namespace megaphone {

struct HttpResponse;

// Reads a provider's answer to a send by the table of DESIGN.md section 3: the
// provider's error code if the body has one, then the HTTP status, then the transport.
// An answer the table does not list is recipient-permanent when it is a 4xx with a
// body, and ambiguous otherwise.
class AnswerClassifier
{
    Q_DECLARE_TR_FUNCTIONS(AnswerClassifier)

public:
    struct Context
    {
        // Meta 131053 (media upload error) is the broadcast's fault when the header
        // media is the same for everyone, the recipient's when it is per recipient.
        bool mediaIsPerRecipient = false;
    };

    // Meta Cloud API and 360dialog (which passes Meta's codes through).
    // (Overloads, not `const Context & = {}`: g++ 12 rejects a default argument of a nested
    // class with member initialisers inside the enclosing class.)
    static SendOutcome meta(const HttpResponse &response);
    static SendOutcome meta(const HttpResponse &response, const Context &context);
    static SendOutcome twilio(const HttpResponse &response);
    static SendOutcome relay(const HttpResponse &response);

    // The class of a bare Meta or Twilio error code, as the table says (also used for
    // codes that arrive by webhook). Unknown codes: std::nullopt.
    static std::optional<AnswerClass> metaCodeClass(int code);
    static std::optional<AnswerClass> metaCodeClass(int code, const Context &context);
    static std::optional<AnswerClass> twilioCodeClass(int code);
    // A human explanation of a code, translated ("The recipient is not on WhatsApp...").
    static QString metaExplanation(int code);
    static QString twilioExplanation(int code);

    // Shared by all providers: the transport outcome and bare HTTP statuses.
    static std::optional<SendOutcome> transportOutcome(const HttpResponse &response);
    static SendOutcome fromHttpStatus(const HttpResponse &response);
};

} // namespace megaphone
