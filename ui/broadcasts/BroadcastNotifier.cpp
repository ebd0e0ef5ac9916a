#include "BroadcastNotifier.h"

#include "broadcasts/BroadcastChanges.h"
#include "widgets/RunInBackground.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kPollMs = 3000;
constexpr int kShowMs = 10000;

} // namespace

BroadcastNotifier::BroadcastNotifier(std::shared_ptr<const Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        start();
}

BroadcastNotifier::~BroadcastNotifier() = default;

void BroadcastNotifier::start()
{
    if (m_started)
        return;
    m_started = true;
    m_changes = new BroadcastChanges(m_db, kPollMs, this);
    connect(m_changes, &BroadcastChanges::changed, this, &BroadcastNotifier::poll);
    m_changes->start();
    poll();
}

void BroadcastNotifier::poll()
{
    if (m_polling)
        return; // the next tick reads again
    m_polling = true;
    runInBackground(
        this, [list = BroadcastList(m_db)]() mutable { return list.statuses(); },
        [this](const Result<QList<BroadcastSummary>> &statuses) {
            m_polling = false;
            if (statuses)
                observe(statuses.value());
        });
}

void BroadcastNotifier::observe(const QList<BroadcastSummary> &broadcasts)
{
    QHash<qint64, BroadcastStatus> now;
    for (const BroadcastSummary &b : broadcasts) {
        now.insert(b.id, b.status);
        const auto before = m_seen.constFind(b.id);
        if (!m_primed || (before != m_seen.cend() && before.value() == b.status))
            continue;
        const QString name = tr("\u201c%1\u201d").arg(b.name);
        if (b.status == BroadcastStatus::Completed)
            announce(tr("Broadcast completed"), tr("%1 has finished sending.").arg(name), false);
        else if (b.status == BroadcastStatus::Paused && !b.pauseReason.isEmpty())
            announce(tr("Broadcast paused"), tr("%1 was paused: %2").arg(name, b.pauseReason), true);
    }
    m_seen = now;
    m_primed = true;
}

void BroadcastNotifier::announce(const QString &title, const QString &text, bool warning)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("Megaphone"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &BroadcastNotifier::opened);
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this](QSystemTrayIcon::ActivationReason reason) {
                        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                            Q_EMIT opened();
                    });
            m_tray->show();
        }
        m_tray->showMessage(title, text,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kShowMs);
    }
    Q_EMIT notified(title, text);
}

} // namespace megaphone
