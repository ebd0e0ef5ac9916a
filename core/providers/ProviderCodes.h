#pragma once

#include "SendOutcome.h"

#include <optional>

namespace megaphone {

// The error codes of DESIGN.md section 3 with their class and an untranslated
// explanation (translated by AnswerClassifier, context "AnswerClassifier").
struct ProviderCode
{
    int code;
    AnswerClass answerClass;
    const char *explanation;
};

// Meta (and 360dialog). 131053 and the 200-299 range are handled by AnswerClassifier.
std::optional<ProviderCode> findMetaCode(int code);
std::optional<ProviderCode> findTwilioCode(int code);

} // namespace megaphone
