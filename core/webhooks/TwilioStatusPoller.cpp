#include "TwilioStatusPoller.h"

#include "Clock.h"
#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "TwilioProvider.h"
#include "WebhookApplier.h"
#include "WebhookParser.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace megaphone {

struct TwilioStatusPoller::Round
{
    QList<QPair<qint64, QString>> messages; // recipient id, message SID
    qsizetype next = 0;
    int pending = 0;
    int failed = 0;
    QList<StatusEvent> statuses;
};

namespace {

// Up to `limit` messages of the account after `cursor`, sent since `since`, still below read.
Result<QList<QPair<qint64, QString>>> dueMessages(const Database &db, qint64 accountId,
                                                  qint64 cursor, qint64 since, int limit)
{
    auto q = Sql::exec(db.connection(),
                       u"SELECT r.id, r.provider_message_id FROM recipients r WHERE "
                       "r.broadcast_id IN (SELECT id FROM broadcasts WHERE account_id = ?) AND "
                       "r.status IN ('sent', 'delivered') AND r.provider_message_id IS NOT NULL "
                       "AND r.sent_at >= ? AND r.id > ? ORDER BY r.id LIMIT ?"_s,
                       {accountId, since, cursor, limit},
                       TwilioStatusPoller::tr("find messages to ask Twilio about"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> messages;
    while (q->next())
        messages.append({q->value(0).toLongLong(), q->value(1).toString()});
    return messages;
}

} // namespace

TwilioStatusPoller::TwilioStatusPoller(std::shared_ptr<const Database> db, qint64 accountId,
                                       TwilioProvider *provider, const Settings &settings,
                                       QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_accountId(accountId)
    , m_provider(provider)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_settings.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &TwilioStatusPoller::pollNow);
}

TwilioStatusPoller::~TwilioStatusPoller() = default;

void TwilioStatusPoller::start()
{
    m_timer->start();
    pollNow();
}

void TwilioStatusPoller::pollNow()
{
    if (m_round || !m_provider)
        return;
    auto messages = dueMessages(*m_db, m_accountId, m_cursor,
                                Clock::nowMs() - m_settings.maxAgeMs, m_settings.batch);
    if (!messages) {
        qCWarning(lcWebhooks) << "Twilio statuses not polled:" << messages.error().message;
        return;
    }
    // Past the last message: the next round starts from the first again.
    m_cursor = messages->size() < m_settings.batch ? 0 : messages->last().first;
    if (messages->isEmpty())
        return Q_EMIT polled(0, 0, 0);
    m_round = std::make_unique<Round>();
    m_round->messages = messages.value();
    for (int i = 0; i < m_settings.inFlight; ++i)
        askNext();
}

void TwilioStatusPoller::askNext()
{
    if (!m_round)
        return; // the round ended already (an answer came at once)
    if (!m_provider || m_round->next >= m_round->messages.size()) {
        if (m_round->pending == 0)
            finishRound();
        return;
    }
    const auto [recipientId, sid] = m_round->messages.at(m_round->next++);
    ++m_round->pending;
    m_provider->fetchMessage(sid, [this, recipientId](const Result<QByteArray> &body) {
        --m_round->pending;
        auto events = body ? WebhookParser::twilioMessage(body.value(), recipientId)
                           : Result<WebhookEvents>(body.error());
        if (events)
            m_round->statuses << events->statuses;
        else
            ++m_round->failed;
        askNext();
    });
}

void TwilioStatusPoller::finishRound()
{
    const std::unique_ptr<Round> round = std::move(m_round);
    WebhookEvents events;
    events.statuses = round->statuses;
    int applied = 0;
    auto stored = WebhookStore(m_db).store(StoredEvent::from(events), Clock::nowMs());
    if (stored && stored.value() > 0) {
        auto report = WebhookApplier::applyAll(m_db, 5000, WebhookStore::Locked::Skip);
        applied = report ? report->applied : 0;
        if (!report)
            qCWarning(lcWebhooks) << "Twilio statuses not applied yet:" << report.error().message;
    }
    if (!stored)
        qCWarning(lcWebhooks) << "Twilio statuses not stored:" << stored.error().message;
    if (round->failed > 0)
        qCWarning(lcWebhooks) << round->failed << "of" << round->messages.size()
                              << "Twilio status requests failed";
    Q_EMIT polled(int(round->messages.size()), applied, round->failed);
}

} // namespace megaphone
