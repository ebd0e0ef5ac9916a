#include "WebhookApplier.h"

#include "Clock.h"
#include "Logging.h"

#include <QTimer>

namespace megaphone {

namespace {

constexpr int kRetryMs = 1000; // a failed batch, or statuses waiting for their send result

} // namespace

WebhookApplier::WebhookApplier(std::shared_ptr<const Database> db, int delayMs, int batch,
                               QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_delayMs(delayMs)
    , m_batch(batch)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WebhookApplier::applyStored);
}

Result<ApplyReport> WebhookApplier::applyAll(const std::shared_ptr<const Database> &db, int batch,
                                             WebhookStore::Locked locked)
{
    ApplyReport total;
    for (;;) {
        auto report = WebhookStore(db).applyPending(batch, Clock::nowMs(), locked);
        if (!report)
            return report.error();
        total.applied += report->applied;
        total.waiting += report->waiting;
        total.optedOut += report->optedOut;
        for (qint64 broadcast : std::as_const(report->broadcasts)) {
            if (!total.broadcasts.contains(broadcast))
                total.broadcasts << broadcast;
        }
        if (report->applied + report->waiting < batch)
            return total;
    }
}

void WebhookApplier::schedule()
{
    QMetaObject::invokeMethod(this, [this] {
        if (!m_timer->isActive())
            m_timer->start(m_delayMs);
    });
}

void WebhookApplier::applyStored()
{
    auto report = applyAll(m_db, m_batch, WebhookStore::Locked::Skip);
    if (!report) {
        qCWarning(lcWebhooks) << "webhook events not applied yet:" << report.error().message;
        m_timer->start(kRetryMs);
        return;
    }
    if (report->waiting > 0)
        m_timer->start(kRetryMs); // their send results may be written by then
    if (report->applied > 0)
        Q_EMIT applied(report.value());
}

} // namespace megaphone
