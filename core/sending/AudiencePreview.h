#pragma once

#include "Audience.h"
#include "Contact.h"
#include "Result.h"

#include <memory>

namespace megaphone {

class Database;

// What an audience comes to before it is sent: the figures the wizard's audience step
// shows live and the review step checks.
struct AudienceEstimate
{
    qint64 matching = 0;        // contacts the tags and conditions select
    qint64 willReceive = 0;     // of those: opted in and not held back by the frequency cap
    qint64 optedOut = 0;        // left out: opted out
    qint64 noConsent = 0;       // left out: consent unknown (only opted-in contacts receive)
    qint64 frequencyCapped = 0; // left out: a broadcast reached them in the last N hours
    qint64 plusOne = 0;         // of willReceive: +1 numbers (US marketing templates undelivered)
    QList<Contact> sample;      // the first few who will receive
};

// Counts an audience as SendingStore::materialise will split it (same SQL for the
// audience, consent and the frequency cap): the split, the +1 numbers among who will receive,
// and a sample.
class AudiencePreview
{
    Q_DECLARE_TR_FUNCTIONS(AudiencePreview)

public:
    explicit AudiencePreview(std::shared_ptr<const Database> db);

    // frequencyCapHours 0: no cap. `sampleSize` contacts who will receive.
    Result<AudienceEstimate> estimate(const Audience &audience, int frequencyCapHours,
                                      qint64 nowMs, int sampleSize = 5);

private:
    struct Query
    {
        const Audience &audience;
        QHash<QString, qint64> tagIds; // the audience's tags that exist, by name
        int frequencyCapHours;
        qint64 nowMs;
    };

    Result<void> count(const Query &query, AudienceEstimate &e) const;
    Result<void> countSplit(const Query &query, AudienceEstimate &e) const;
    Result<void> countMatching(const Query &query, AudienceEstimate &e) const;
    Result<void> countFromTags(const Query &query, AudienceEstimate &e) const;
    Result<void> countEveryone(const Query &query, AudienceEstimate &e) const;
    QString everyoneSql(const Query &query, const QString &commonest,
                        QVariantList &values) const;
    Result<qint64> countAll() const;
    Result<QString> commonestConsent() const;
    Result<qint64> countPlusOne(const Query &query) const;
    // The figures of the first row of `sql`.
    Result<QList<qint64>> firstRow(const QString &sql, const QVariantList &values) const;
    Result<Audience::TagTest> sampleTagTest(qint64 willReceive) const;
    Result<void> pickSample(const Query &query, int sampleSize, AudienceEstimate &e) const;

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
