#include "Dispatcher.h"

#include "AccountLock.h"
#include "AccountSecrets.h"
#include "AccountStore.h"
#include "Backoff.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "BroadcastWatcher.h"
#include "CircuitBreaker.h"
#include "Clock.h"
#include "ContactStore.h"
#include "HttpClient.h"
#include "Logging.h"
#include "MessageTemplate.h"
#include "PortfolioStore.h"
#include "RecipientZoneResolver.h"
#include "Provider.h"
#include "ProviderFactory.h"
#include "SandboxHost.h"
#include "SendingStore.h"
#include "SendingWindow.h"
#include "TeamSettings.h"
#include "TemplateRenderer.h"
#include "TemplateStore.h"
#include "TokenBucket.h"
#include "TwilioProvider.h"
#include "TwilioStatusPoller.h"

#include <QMap>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int defaultMps = 80; // Meta's standard throughput per number
// A broadcast with nothing due for longer than this steps aside (resume_at) so that
// another broadcast of the account can send meanwhile.
constexpr qint64 stepAsideMs = 60 * 1000;

} // namespace

struct Dispatcher::Private
{
    std::shared_ptr<const Database> db;
    CredentialStore *credentials = nullptr;
    qint64 accountId = 0;
    Settings settings;

    std::unique_ptr<AccountLock> lock;
    Account account;
    int tier = 0; // 0: unlimited
    qint64 portfolioId = 0;
    HttpClient *client = nullptr;
    std::unique_ptr<Provider> provider;
    TwilioStatusPoller *statusPoller = nullptr; // a Twilio account Twilio cannot call back

    // The broadcast being sent.
    std::optional<Broadcast> broadcast;
    std::optional<TemplateRenderer> renderer;
    QString templateRemoteId;
    QString claimId;
    std::optional<TokenBucket> bucket; // messages per second, AIMD, Retry-After
    Backoff backoff;
    std::optional<CircuitBreaker> breaker;
    SendingWindow hours; // the broadcast's local sending window; always open by default
    std::optional<RecipientZoneResolver> zones;
    int inFlight = 0;
    int window = 1;
    bool paused = false;       // campaign-fatal, or paused/cancelled elsewhere
    QList<SendResult> results;
    int breakerThreshold = 25;

    bool stopping = false;
    QString stopError;
    QTimer *pumpTimer = nullptr;
    QTimer *flushTimer = nullptr;
    QTimer *pollTimer = nullptr;
};

Dispatcher::Dispatcher(std::shared_ptr<const Database> db, CredentialStore *credentials,
                       qint64 accountId, QObject *parent)
    : Dispatcher(std::move(db), credentials, accountId, Settings{}, parent)
{
}

Dispatcher::Dispatcher(std::shared_ptr<const Database> db, CredentialStore *credentials,
                       qint64 accountId, const Settings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->credentials = credentials;
    d->accountId = accountId;
    d->settings = settings;
    BackoffPolicy policy;
    policy.maxAttempts = settings.maxAttempts;
    d->backoff = Backoff(policy);
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::start()
{
    d->pumpTimer = new QTimer(this);
    d->pumpTimer->setSingleShot(true);
    connect(d->pumpTimer, &QTimer::timeout, this, &Dispatcher::pump);
    d->flushTimer = new QTimer(this);
    d->flushTimer->setInterval(d->settings.flushIntervalMs);
    connect(d->flushTimer, &QTimer::timeout, this, &Dispatcher::flush);
    d->pollTimer = new QTimer(this);
    d->pollTimer->setInterval(d->settings.pollIntervalMs);
    connect(d->pollTimer, &QTimer::timeout, this, &Dispatcher::checkStatus);

    auto lock = AccountLock::tryAcquire(d->db, d->accountId);
    if (!lock) {
        if (lock.error().code == u"locked")
            Q_EMIT accountBusy();
        return finishStop(lock.error().message);
    }
    d->lock = std::move(lock.value());
    // A pause or cancel from another process takes effect at once on PostgreSQL; the poll
    // timer covers SQLite.
    auto *watcher = new BroadcastWatcher(d->db, this);
    connect(watcher, &BroadcastWatcher::statusChanged, this, [this](qint64 id) {
        if (d->broadcast && d->broadcast->id == id)
            checkStatus();
    });
    auto account = AccountStore(d->db).find(d->accountId);
    if (!account || !account.value())
        return finishStop(account ? tr("There is no account %1.").arg(d->accountId)
                                  : account.error().message);
    d->account = *account.value();
    if (d->account.portfolioId > 0) {
        auto portfolio = PortfolioStore(d->db).find(d->account.portfolioId);
        if (portfolio && portfolio.value()) {
            d->portfolioId = portfolio.value()->id;
            d->tier = std::max(0, portfolio.value()->messagingTier);
        }
    }
    auto threshold = TeamSettings(d->db).circuitBreakerThreshold();
    if (threshold)
        d->breakerThreshold = std::max(1, threshold.value());
    loadProvider();
}

void Dispatcher::loadProvider()
{
    AccountSecrets::loadAsync(
        d->account, d->credentials, this, [this](const Result<AccountSecrets> &secrets) {
            if (!secrets)
                return finishStop(secrets.error().message);
            QUrl sandbox;
            if (d->account.provider == ProviderKind::Sandbox) {
                auto url = SandboxHost::baseUrl();
                if (!url)
                    return finishStop(url.error().message);
                sandbox = url.value();
            }
            HttpClient::Options options;
            // The sandbox speaks h2c; a relay or Twilio on plain http may speak HTTP/1.1 only.
            options.h2cPriorKnowledge = d->account.provider == ProviderKind::Sandbox
                                        || d->account.settings.value(u"h2c").toBool();
            options.http1Connections = d->settings.maxInFlight;
            options.defaultTimeoutMs = d->settings.requestTimeoutMs;
            d->client = new HttpClient(options, this);
            d->provider = createProvider(d->account, secrets.value(), d->client, sandbox);
            startStatusPolling();
            d->pollTimer->start();
            pickBroadcast();
        });
}

// The oldest runnable broadcast of the account: its stale claims become `unknown`, and
// its template and mapping are prepared once.
void Dispatcher::pickBroadcast()
{
    if (d->stopping)
        return;
    const qint64 now = Clock::nowMs();
    startDueBroadcasts(now);
    auto runnable = BroadcastStore(d->db).runnable(d->accountId, now);
    if (!runnable) {
        // The database went away (a restart, the network): wait for it, keep the account.
        qCWarning(lcSend) << "cannot read broadcasts, retrying:" << runnable.error().message;
        return schedulePump(d->settings.pollIntervalMs);
    }
    if (runnable->isEmpty()) {
        d->broadcast.reset();
        if (d->settings.exitWhenIdle)
            return finishStop({});
        schedulePump(d->settings.pollIntervalMs);
        return;
    }
    Broadcast broadcast = runnable->first();
    SendingStore store(d->db);
    if (auto stale = store.markStaleSendingUnknown(broadcast.id); !stale) {
        qCWarning(lcSend) << "stale claims not resolved, retrying:" << stale.error().message;
        return schedulePump(d->settings.pollIntervalMs);
    }
    auto record = TemplateStore(d->db).find(broadcast.templateId);
    if (!record)
        return schedulePump(d->settings.pollIntervalMs);
    if (!record.value()) {
        pauseBroadcastNow(broadcast.id, tr("The broadcast's template no longer exists."));
        return schedulePump(0);
    }
    auto parsed = MessageTemplate::fromRecord(*record.value());
    if (!parsed) {
        pauseBroadcastNow(broadcast.id, parsed.error().message);
        return schedulePump(0);
    }
    auto hours = SendingWindow::parse(broadcast.sendWindow.value(u"local_hours").toString());
    if (!hours) {
        pauseBroadcastNow(broadcast.id, hours.error().message);
        return schedulePump(0);
    }
    d->hours = hours.value();
    if (!d->hours.isAlwaysOpen() && !d->zones) {
        auto defaults = TeamSettings(d->db).countryTimeZones();
        d->zones.emplace(defaults ? defaults.value() : QMap<QString, QByteArray>{},
                         QTimeZone::systemTimeZone());
    }
    if (broadcast.resumeAt > 0)
        (void)BroadcastStore(d->db).setResumeAt(broadcast.id, 0);
    d->broadcast = broadcast;
    d->renderer.emplace(parsed.value(), TemplateMapping::fromJson(broadcast.mapping));
    d->templateRemoteId = record.value()->remoteId;
    d->claimId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The lower of the number's throughput and the user's caps (team, then broadcast).
    auto teamCap = TeamSettings(d->db).maxMessagesPerSecond();
    double userCap = teamCap && teamCap.value() > 0 ? teamCap.value() : 0;
    if (broadcast.maxMps > 0)
        userCap = userCap > 0 ? std::min<double>(userCap, broadcast.maxMps) : broadcast.maxMps;
    const double cap = TokenBucket::effectiveCap(
        d->account.throughputMps > 0 ? d->account.throughputMps : defaultMps, userCap);
    d->bucket.emplace(cap, now);
    d->breaker.emplace(d->breakerThreshold);
    // About rate x latency requests in flight; a second's worth covers latencies up to 1 s.
    d->window = std::clamp(int(std::ceil(cap)), 4, d->settings.maxInFlight);
    d->paused = false;
    d->flushTimer->start();
    schedulePump(0);
}

// The scheduler: scheduled broadcasts of this account whose time has come start, or wait
// for confirmation when the schedule was missed by more than the team's grace. Only the
// dispatcher holding the account does this, so two processes never both start one.
void Dispatcher::startDueBroadcasts(qint64 now)
{
    auto due = BroadcastControl(d->db, u"scheduler"_s).startDue(d->accountId, now);
    if (!due) {
        qCWarning(lcSend) << "scheduled broadcasts not started yet:" << due.error().message;
        return;
    }
    for (qint64 id : std::as_const(due->awaitingConfirmation)) {
        auto missed = BroadcastStore(d->db).find(id);
        Q_EMIT broadcastEnded(id, BroadcastStatus::AwaitingConfirmation,
                              missed && missed.value() ? missed.value()->pauseReason : QString());
    }
}

void Dispatcher::schedulePump(int delayMs)
{
    if (!d->stopping)
        d->pumpTimer->start(std::max(0, delayMs));
}

// Claims as many recipients as the token bucket and the in-flight window allow.
void Dispatcher::pump()
{
    if (d->stopping)
        return;
    if (!d->broadcast)
        return pickBroadcast();
    if (d->paused)
        return;
    const qint64 now = Clock::nowMs();
    if (d->inFlight == 0)
        flush(); // so that the claim below sees every answer already given
    const int free = d->window - d->inFlight;
    // Nothing leaves while a Retry-After blocks the bucket.
    const double tokens = now < d->bucket->blockedUntilMs() ? 0 : d->bucket->tokensAt(now);
    // Claims come in batches of about 100 ms of sending (one transaction each), not one
    // per token, as long as the window has room for them.
    const int step = std::min(free, std::max(1, int(d->bucket->currentRate() / 10)));
    if (free <= 0)
        return; // an answer will pump again
    if (tokens < step) {
        const double missingMs = (step - tokens) * 1000.0 / d->bucket->currentRate();
        const qint64 waitMs = std::max(d->bucket->msUntilNext(now), qint64(std::ceil(missingMs)));
        return schedulePump(int(std::clamp<qint64>(waitMs, 1, d->settings.pollIntervalMs)));
    }
    const int wanted = std::min(free, int(std::floor(tokens)));
    if (auto held = d->lock->verify(); !held) {
        if (held.error().code == u"locked")
            return stopWith(tr("The database was away and another dispatcher took account "
                               "%1 meanwhile; this one stops.")
                                .arg(d->accountId));
        qCWarning(lcSend) << "waiting for the database:" << held.error().message;
        return schedulePump(d->settings.pollIntervalMs);
    }
    auto batch = SendingStore(d->db).claim(d->broadcast->id, d->portfolioId, d->tier, wanted, now,
                                           d->claimId);
    if (!batch) {
        qCWarning(lcSend) << "claim failed, retrying:" << batch.error().message;
        return schedulePump(1000); // a database that went away: wait and try again
    }
    if (!batch->recipients.isEmpty()) {
        sendBatch(batch->recipients);
        return schedulePump(0);
    }
    if (batch->quotaSpent) {
        flush();
        (void)BroadcastStore(d->db).setResumeAt(d->broadcast->id, batch->quotaFreesAtMs);
        qCInfo(lcSend) << "tier quota spent; broadcast" << d->broadcast->id << "resumes at"
                       << batch->quotaFreesAtMs;
        if (d->inFlight == 0) {
            d->broadcast.reset();
            return schedulePump(0); // another broadcast may be runnable; else wait
        }
        return;
    }
    if (batch->nothingLeft && d->inFlight == 0) {
        flush();
        return finishBroadcast(BroadcastStatus::Completed, {});
    }
    if (batch->nextDueAtMs > now && d->inFlight == 0) {
        if (batch->nextDueAtMs - now < stepAsideMs)
            return schedulePump(int(std::min<qint64>(batch->nextDueAtMs - now,
                                                     d->settings.pollIntervalMs)));
        // A long wait (a closed sending window, a long backoff): let other broadcasts run.
        flush();
        (void)BroadcastStore(d->db).setResumeAt(d->broadcast->id, batch->nextDueAtMs);
        d->broadcast.reset();
        return schedulePump(0);
    }
}

void Dispatcher::sendBatch(const QList<ClaimedRecipient> &claimed)
{
    QList<qint64> contactIds;
    contactIds.reserve(claimed.size());
    for (const ClaimedRecipient &r : claimed)
        contactIds.append(r.contactId);
    auto contacts = ContactStore(d->db).findMany(contactIds);
    const qint64 now = Clock::nowMs();
    QMap<qint64, QList<qint64>> outsideWindow; // opening time -> recipients
    for (const ClaimedRecipient &r : claimed) {
        Contact contact = contacts ? contacts->value(r.contactId) : Contact{};
        contact.phoneE164 = r.phoneE164;
        if (!d->hours.isAlwaysOpen()) {
            const QTimeZone zone = d->zones->zoneFor(contact.timeZone.toUtf8(), r.phoneE164);
            if (!d->hours.isOpen(now, zone)) {
                outsideWindow[d->hours.nextOpeningMs(now, zone)].append(r.id);
                continue;
            }
        }
        send(r, contact, now);
    }
    for (auto it = outsideWindow.cbegin(); it != outsideWindow.cend(); ++it) {
        if (auto released = SendingStore(d->db).release(it.value(), d->claimId, it.key()); !released)
            qCWarning(lcSend) << "recipients outside their window not released:"
                              << released.error().message; // `unknown` after a restart
    }
}

void Dispatcher::send(const ClaimedRecipient &r, const Contact &contact, qint64 now)
{
    const RenderedMessage rendered = d->renderer->render(contact);
    if (!rendered.ok()) {
        SendResult result;
        result.recipientId = r.id;
        result.claimId = d->claimId;
        result.answerClass = AnswerClass::RecipientPermanent;
        result.code = u"empty-parameter"_s;
        result.explanation = tr("Not sent: %1 would be empty for this contact.")
                                 .arg((rendered.emptyParameters + rendered.invalidParameters)
                                          .join(u", "_s));
        d->results.append(result);
        return;
    }
    (void)d->bucket->tryTake(now);
    OutgoingMessage message;
    message.recipientId = r.id;
    message.toE164 = r.phoneE164;
    message.rendered = &rendered;
    message.templateRemoteId = d->templateRemoteId;
    ++d->inFlight;
    const qint64 id = r.id;
    const qint64 contactId = r.contactId;
    const int attempts = r.attempts;
    d->provider->send(message, [this, id, contactId, attempts](const SendOutcome &outcome) {
        onAnswer(id, contactId, attempts, outcome);
    });
}

void Dispatcher::onAnswer(qint64 recipientId, qint64 contactId, int attempts,
                          const SendOutcome &outcome)
{
    --d->inFlight;
    const qint64 now = Clock::nowMs();
    SendResult result;
    result.recipientId = recipientId;
    result.claimId = d->claimId;
    result.answerClass = outcome.answerClass;
    result.messageId = outcome.messageId;
    result.code = outcome.code;
    result.explanation = outcome.explanation;
    result.contactId = contactId;
    const std::optional<qint64> retryAfterMs =
        outcome.retryAfterSeconds ? std::optional<qint64>(*outcome.retryAfterSeconds * 1000LL)
                                  : std::nullopt;
    const auto retryAt = [now](std::optional<qint64> delay) {
        return delay ? now + std::max<qint64>(*delay, 1) : 0; // 0: attempts ran out: failed
    };
    switch (outcome.answerClass) {
    case AnswerClass::Accepted:
        d->bucket->onAccepted(now);
        d->breaker->recordAccepted();
        break;
    case AnswerClass::NotAccepted:
        result.retryAtMs = retryAt(d->backoff.delayMs(attempts, retryAfterMs));
        break;
    case AnswerClass::RateLimited:
        d->bucket->onRateLimited(now, retryAfterMs); // the whole bucket slows down
        result.retryAtMs = retryAt(d->backoff.delayMs(attempts, retryAfterMs));
        break;
    case AnswerClass::PairLimited: // 4^n seconds for this recipient only
        result.retryAtMs = retryAt(d->backoff.pairLimitDelayMs(attempts, retryAfterMs));
        break;
    case AnswerClass::CampaignFatal:
        pauseBroadcast(outcome.code.isEmpty()
                           ? outcome.explanation
                           : tr("%1 (code %2)").arg(outcome.explanation, outcome.code));
        break;
    case AnswerClass::Ambiguous:
        if (d->breaker->recordAmbiguous(outcome.explanation))
            pauseBroadcast(d->breaker->reason());
        break;
    case AnswerClass::RecipientPermanent:
    case AnswerClass::RecipientOptedOut:
        if (d->breaker->recordRecipientFailure(outcome.code, outcome.explanation))
            pauseBroadcast(d->breaker->reason());
        break;
    }
    d->results.append(result);
    if (d->results.size() >= 500)
        flush();
    if (d->stopping && d->inFlight == 0)
        return finishStop(d->stopError);
    if (d->paused && d->inFlight == 0) {
        flush();
        d->broadcast.reset();
    }
    schedulePump(0);
}

void Dispatcher::flush()
{
    if (d->results.isEmpty())
        return;
    const QList<SendResult> results = std::exchange(d->results, {});
    auto written = SendingStore(d->db).record(results, Clock::nowMs());
    if (!written) {
        // Keep them: a lost result would leave rows in `sending` (then `unknown`).
        qCWarning(lcSend) << "results not written yet:" << written.error().message;
        d->results = results + d->results;
        return;
    }
    if (d->broadcast) {
        (void)BroadcastWatcher::notify(*d->db, d->broadcast->id,
                                         BroadcastWatcher::Change::Progress); // other processes' dashboards
        Q_EMIT progress(d->broadcast->id);
    }
}

// Every poll: the scheduler, and a pause, resume or cancel from another window or process.
void Dispatcher::checkStatus()
{
    // Scheduled broadcasts start on time even while another one of the account is sending:
    // they queue behind it instead of being taken for missed.
    if (d->broadcast)
        startDueBroadcasts(Clock::nowMs());
    if (!d->broadcast) {
        if (!d->pumpTimer->isActive() && !d->stopping)
            schedulePump(0);
        return;
    }
    auto current = BroadcastStore(d->db).find(d->broadcast->id);
    if (!current)
        return; // the database is away: the next poll asks again
    if (current.value() && current.value()->status == BroadcastStatus::Running)
        return;
    if (!d->paused && current.value())
        Q_EMIT broadcastEnded(d->broadcast->id, current.value()->status,
                              current.value()->pauseReason);
    d->paused = true;
    if (d->inFlight == 0) {
        flush();
        d->broadcast.reset();
        schedulePump(0);
    }
}

void Dispatcher::pauseBroadcast(const QString &reason)
{
    if (d->paused || !d->broadcast)
        return;
    d->paused = true;
    pauseBroadcastNow(d->broadcast->id, reason);
    Q_EMIT broadcastEnded(d->broadcast->id, BroadcastStatus::Paused, reason);
}

void Dispatcher::pauseBroadcastNow(qint64 broadcastId, const QString &reason)
{
    // Only a running broadcast: a cancel from elsewhere is never turned into a pause.
    if (auto paused = BroadcastStore(d->db).transition(broadcastId, {BroadcastStatus::Running},
                                                       BroadcastStatus::Paused, reason);
        !paused)
        qCWarning(lcSend) << "broadcast" << broadcastId << "not paused:" << paused.error().message;
}

void Dispatcher::finishBroadcast(BroadcastStatus status, const QString &reason)
{
    const qint64 id = d->broadcast->id;
    (void)BroadcastStore(d->db).transition(id, {BroadcastStatus::Running}, status, reason);
    d->broadcast.reset();
    Q_EMIT progress(id);
    Q_EMIT broadcastEnded(id, status, reason);
    schedulePump(0);
}

void Dispatcher::stop()
{
    stopWith({});
}

// Nothing new starts; the requests in flight are answered and recorded first.
void Dispatcher::stopWith(const QString &error)
{
    if (d->stopping)
        return;
    d->stopping = true;
    d->stopError = error;
    if (d->pumpTimer)
        d->pumpTimer->stop();
    if (d->inFlight == 0)
        finishStop(error);
}

// Without a public webhook address, Twilio cannot report delivery and reads: ask it.
void Dispatcher::startStatusPolling()
{
    auto *twilio = qobject_cast<TwilioProvider *>(d->provider.get());
    if (!twilio || !d->account.settings.value(u"callback_base_url").toString().isEmpty())
        return;
    TwilioStatusPoller::Settings settings;
    settings.intervalMs = d->settings.twilioStatusPollMs;
    d->statusPoller = new TwilioStatusPoller(d->db, d->accountId, twilio, settings, this);
    d->statusPoller->start();
}

void Dispatcher::finishStop(const QString &error)
{
    d->stopping = true;
    if (d->pumpTimer)
        d->pumpTimer->stop();
    if (d->pollTimer)
        d->pollTimer->stop();
    if (d->flushTimer)
        d->flushTimer->stop();
    flush();
    delete d->statusPoller;
    d->statusPoller = nullptr;
    d->provider.reset();
    d->lock.reset(); // on this thread: the advisory lock lives on its connection
    if (!error.isEmpty())
        qCWarning(lcSend) << "dispatcher for account" << d->accountId << "stopped:" << error;
    Q_EMIT stopped(error);
}

} // namespace megaphone
