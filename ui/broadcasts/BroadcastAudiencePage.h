#pragma once

#include "BroadcastStepPage.h"

namespace megaphone {

class AudienceStep;

// Step 2 of the Broadcast Builder: who receives it (AudienceStep), kept in the draft.
// Next waits for the count and stays blocked while nobody would receive it.
class BroadcastAudiencePage : public BroadcastStepPage
{
    Q_OBJECT

public:
    BroadcastAudiencePage(const BroadcastWizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    AudienceStep *step() const { return m_step; }

private:
    AudienceStep *m_step;
};

} // namespace megaphone
