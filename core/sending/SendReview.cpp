#include "SendReview.h"

#include "AccountStore.h"
#include "Database.h"
#include "PhoneNormalizer.h"
#include "PortfolioStore.h"
#include "SendingStore.h"
#include "SendingWindow.h"
#include "Sql.h"
#include "TeamSettings.h"
#include "TemplateStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

using Level = ReviewCheck::Level;

// Recipients by ISO region, from their numbers' calling codes (prefix-free, 1-3 digits).
Result<QMap<QString, qint64>> regionsOf(const std::shared_ptr<const Database> &db,
                                        const Audience &audience, int capHours, qint64 nowMs)
{
    auto tagIds = audience.findTagIds(db->connection());
    if (!tagIds)
        return tagIds.error();
    QVariantList values;
    QString sql = u"SELECT SUBSTR(c.phone_e164, 1, 4), COUNT(*) FROM contacts c WHERE "
                  "c.consent = 'opted_in' AND "_s
                  + audience.sql(db->isPostgres(), values, *tagIds);
    if (capHours > 0) {
        sql += u" AND NOT "_s + SendingStore::frequencyCapSql();
        values << SendingStore::frequencyCapValues(0, capHours, nowMs);
    }
    auto q = Sql::exec(db->connection(), sql + u" GROUP BY SUBSTR(c.phone_e164, 1, 4)"_s, values,
                       SendReview::tr("count recipients by country"));
    if (!q)
        return q.error();
    QMap<QString, qint64> regions;
    while (q->next()) {
        const QString prefix = q->value(0).toString();
        QString region;
        for (qsizetype digits = 1; digits <= 3 && region.isEmpty(); ++digits)
            region = PhoneNormalizer::regionFromHint(prefix.left(1 + digits));
        regions[region.isEmpty() ? u"??"_s : region] += q->value(1).toLongLong();
    }
    return regions;
}

int windowMinutes(const Broadcast &draft)
{
    auto window = SendingWindow::parse(draft.sendWindow.value(u"local_hours"_s).toString());
    if (!window || window->isAlwaysOpen())
        return 0;
    const int length = window->endMinute() - window->startMinute();
    return length > 0 ? length : length + 24 * 60;
}

void addChecks(SendReview &review, const std::optional<TemplateRecord> &templ)
{
    const QLocale locale;
    auto &checks = review.checks;
    if (!templ)
        checks.append({Level::Blocker, SendReview::tr("Choose a template.")});
    else if (templ->status.compare(u"APPROVED"_s, Qt::CaseInsensitive) != 0)
        checks.append({Level::Blocker, SendReview::tr("The template \"%1\" is %2, not approved: "
                                                      "WhatsApp refuses it.")
                                           .arg(templ->name, templ->status.toLower())});
    const AudienceEstimate &a = review.audience;
    if (a.willReceive == 0)
        checks.append({Level::Blocker, SendReview::tr("Nobody would receive it: the audience has "
                                                      "no opted-in contact.")});
    const bool marketing = templ && templ->category.compare(u"MARKETING"_s, Qt::CaseInsensitive) == 0;
    if (marketing && a.plusOne > 0)
        checks.append({Level::Warning, SendReview::tr("US numbers (+1) among the recipients: "
                                                      "%1. WhatsApp does not deliver marketing "
                                                      "templates to +1 numbers: those messages "
                                                      "will fail.")
                                           .arg(locale.toString(a.plusOne))});
    if (review.tier > 0 && a.willReceive > review.tier)
        checks.append({Level::Warning,
                       SendReview::tr("%1 recipients is more than the portfolio's tier of %2 a "
                                      "day: sending takes %3.")
                           .arg(locale.toString(a.willReceive), locale.toString(review.tier),
                                review.plan.describe())});
    if (a.optedOut + a.noConsent > 0)
        checks.append({Level::Info, SendReview::tr("%1 contacts without consent (%2 opted out) "
                                                   "are left out.")
                                        .arg(locale.toString(a.optedOut + a.noConsent),
                                             locale.toString(a.optedOut))});
    if (a.frequencyCapped > 0)
        checks.append({Level::Info, SendReview::tr("%1 contacts who got a broadcast recently are "
                                                   "left out (frequency cap).")
                                        .arg(locale.toString(a.frequencyCapped))});
    if (review.unpriced > 0)
        checks.append({Level::Info, SendReview::tr("%1 recipients are in countries without a "
                                                   "price in Settings: not in the estimate.")
                                        .arg(locale.toString(review.unpriced))});
}

} // namespace

bool SendReview::canSend() const
{
    return std::none_of(checks.begin(), checks.end(),
                        [](const ReviewCheck &c) { return c.level == Level::Blocker; });
}

Result<SendReview> SendReview::make(const std::shared_ptr<const Database> &db,
                                    const Broadcast &draft, qint64 nowMs)
{
    TeamSettings team(db);
    auto cap = team.frequencyCapHours();
    auto teamMps = team.maxMessagesPerSecond();
    auto prices = team.marketingPrices();
    auto account = AccountStore(db).find(draft.accountId);
    auto templ = TemplateStore(db).find(draft.templateId);
    for (const Error *error : {cap ? nullptr : &cap.error(), teamMps ? nullptr : &teamMps.error(),
                               prices ? nullptr : &prices.error(),
                               account ? nullptr : &account.error(),
                               templ ? nullptr : &templ.error()}) {
        if (error)
            return *error;
    }
    SendReview review;
    const Audience audience = Audience::fromJson(draft.audience);
    auto estimate = AudiencePreview(db).estimate(audience, cap.value(), nowMs, 0);
    if (!estimate)
        return estimate.error();
    review.audience = estimate.value();
    const int accountMps = account.value() ? account.value()->throughputMps : 0;
    review.mps = draft.maxMps > 0 ? draft.maxMps : accountMps > 0 ? accountMps : teamMps.value();
    qint64 used = 0;
    if (account.value() && account.value()->portfolioId > 0) {
        auto portfolio = PortfolioStore(db).find(account.value()->portfolioId);
        auto quota = SendingStore(db).quotaUsed(account.value()->portfolioId, nowMs);
        if (portfolio && portfolio.value())
            review.tier = std::max(0, portfolio.value()->messagingTier);
        used = quota ? quota.value() : 0;
    }
    review.plan = SendPlan::make(
        {review.audience.willReceive, review.mps, review.tier, used, windowMinutes(draft)});
    auto regions = regionsOf(db, audience, cap.value(), nowMs);
    if (!regions)
        return regions.error();
    review.byRegion = regions.value();
    review.currency = prices->currency;
    for (auto it = review.byRegion.begin(); it != review.byRegion.end(); ++it) {
        if (prices->perMessage.contains(it.key()))
            review.cost += double(it.value()) * prices->perMessage.value(it.key());
        else
            review.unpriced += it.value();
    }
    addChecks(review, templ.value());
    return review;
}

} // namespace megaphone
