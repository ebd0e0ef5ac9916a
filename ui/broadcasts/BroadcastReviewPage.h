#pragma once

#include "BroadcastStepPage.h"

namespace megaphone {

class ReviewStep;

// Step 4 of the Broadcast Builder: ReviewStep on the draft. Send now / Schedule (after
// the step's own confirmation) saves the draft, starts it and closes the wizard; Finish
// ("Save and close") keeps it as a draft.
class BroadcastReviewPage : public BroadcastStepPage
{
    Q_OBJECT

public:
    BroadcastReviewPage(const BroadcastWizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    ReviewStep *step() const { return m_step; }

private:
    void saveAndSend();

    ReviewStep *m_step;
    bool m_sending = false; // between the confirmation and the answer
};

} // namespace megaphone
