#pragma once

#include "AudiencePreview.h"
#include "Broadcast.h"
#include "Result.h"
#include "SendPlan.h"

#include <QMap>

namespace megaphone {

class Database;

// One line of the pre-send check list.
struct ReviewCheck
{
    enum class Level { Blocker, Warning, Info };
    Level level = Level::Info;
    QString text;
};

// What the Broadcast Builder's review step shows before anything is sent (issue 7): who
// receives it and who is left out, the ETA and daily plan from the rate, the portfolio's
// tier and the sending window, an estimated cost from the team's price table, and the
// pre-send checks (template not approved, +1 numbers, more recipients than the tier,
// contacts left out). `canSend()` is false while a check blocks.
struct SendReview
{
    Q_DECLARE_TR_FUNCTIONS(SendReview)

public:
    AudienceEstimate audience;
    int mps = 0;
    int tier = 0; // 0: unlimited
    SendPlan plan;
    QString currency;
    double cost = 0;             // of the recipients whose country has a price
    qint64 unpriced = 0;         // recipients in countries without a price
    QMap<QString, qint64> byRegion; // recipients per ISO region ("??" when unknown)
    QList<ReviewCheck> checks;

    bool canSend() const;
    // From a draft as the wizard holds it (saved or not).
    static Result<SendReview> make(const std::shared_ptr<const Database> &db, const Broadcast &draft,
                                   qint64 nowMs);
};

} // namespace megaphone
