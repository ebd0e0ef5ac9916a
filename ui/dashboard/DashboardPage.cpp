#include "DashboardPage.h"

#include "AccountStore.h"
#include "BroadcastStore.h"
#include "ContactStore.h"
#include "GetStartedPanel.h"
#include "LiveBroadcastView.h"
#include "widgets/FigureTile.h"
#include "widgets/PageTitle.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr BroadcastStatus kBroadcastOrder[] = {
    BroadcastStatus::Draft,     BroadcastStatus::Scheduled, BroadcastStatus::AwaitingConfirmation,
    BroadcastStatus::Running,   BroadcastStatus::Paused,    BroadcastStatus::Completed,
    BroadcastStatus::Cancelled,
};

FigureTile *addTile(QGridLayout *grid, const QString &caption, const QString &objectName,
                    int index, int columns)
{
    auto *tile = new FigureTile(caption);
    tile->setObjectName(objectName);
    grid->addWidget(tile, index / columns, index % columns);
    return tile;
}

} // namespace

struct DashboardPage::Summary
{
    qint64 contacts = 0;
    qint64 optedIn = 0;
    qint64 unknown = 0;
    qint64 optedOut = 0;
    qsizetype accounts = 0;
    QHash<BroadcastStatus, qint64> broadcasts;
};

DashboardPage::DashboardPage(std::shared_ptr<const Database> db, CredentialStore *credentials,
                             QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_live(new LiveBroadcastView(m_db, this)),
      m_updated(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(u"dashboardPage"_s);
    if (credentials) {
        m_getStarted = new GetStartedPanel(m_db, credentials, this);
        m_getStarted->hide(); // until the figures say there is no account
        connect(m_getStarted, &GetStartedPanel::sandboxReady, this, [this] {
            m_sandboxTried = true;
            refresh();
        });
        connect(m_getStarted, &GetStartedPanel::settingsRequested, this,
                &DashboardPage::settingsRequested);
    }

    auto *contactsBox = new QGroupBox(tr("Contacts"), this);
    auto *contactsGrid = new QGridLayout(contactsBox);
    m_contactsTotal = addTile(contactsGrid, tr("Contacts in total"), u"contactsTotal"_s, 0, 4);
    m_optedIn = addTile(contactsGrid, tr("Opted in: may receive broadcasts"), u"contactsOptedIn"_s,
                        1, 4);
    m_unknownConsent = addTile(contactsGrid, tr("Consent unknown"), u"contactsUnknown"_s, 2, 4);
    m_optedOut = addTile(contactsGrid, tr("Opted out"), u"contactsOptedOut"_s, 3, 4);

    auto *broadcastsBox = new QGroupBox(tr("Broadcasts"), this);
    auto *broadcastsGrid = new QGridLayout(broadcastsBox);
    int index = 0;
    for (BroadcastStatus status : kBroadcastOrder) {
        const QString name = u"broadcasts_"_s + broadcastStatusToString(status);
        m_broadcastTiles.insert(status, addTile(broadcastsGrid, StatusText::broadcast(status),
                                                name, index++, 4));
    }

    m_refresh->setObjectName(u"refreshDashboard"_s);
    m_updated->setObjectName(u"dashboardUpdated"_s);
    m_updated->setWordWrap(true);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_updated, 1);
    footer->addWidget(m_refresh);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(new PageTitle(tr("Dashboard"), content));
    if (m_getStarted)
        layout->addWidget(m_getStarted);
    auto *liveTitle = new QLabel(tr("Broadcast progress"), content);
    QFont sectionFont = liveTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    sectionFont.setBold(true);
    liveTitle->setFont(sectionFont);
    layout->addWidget(liveTitle);
    layout->addWidget(m_live);
    layout->addSpacing(8);
    layout->addWidget(contactsBox);
    layout->addWidget(broadcastsBox);
    layout->addLayout(footer);
    layout->addStretch();

    // Scrolls rather than holding the window at the size of every tile.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void DashboardPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Reading the figures\u2026"));
    runInBackground(
        this,
        [contacts = ContactStore(m_db), broadcasts = BroadcastStore(m_db),
         accounts = AccountStore(m_db)]() mutable -> Result<Summary> {
            Summary summary;
            auto accountList = accounts.list();
            if (!accountList)
                return accountList.error();
            summary.accounts = accountList->size();
            const std::pair<qint64 *, std::optional<Consent>> counts[] = {
                {&summary.contacts, std::nullopt},
                {&summary.optedIn, Consent::OptedIn},
                {&summary.unknown, Consent::Unknown},
                {&summary.optedOut, Consent::OptedOut},
            };
            for (const auto &[target, consent] : counts) {
                ContactFilter filter;
                filter.consent = consent;
                auto n = contacts.count(filter);
                if (!n)
                    return n.error();
                *target = n.value();
            }
            auto list = broadcasts.list();
            if (!list)
                return list.error();
            for (const Broadcast &broadcast : list.value())
                ++summary.broadcasts[broadcast.status];
            return summary;
        },
        [this, generation](const Result<Summary> &summary) {
            if (generation == m_generation)
                showSummary(summary);
        });
}

void DashboardPage::showSummary(const Result<Summary> &summary)
{
    m_refresh->setEnabled(true);
    if (!summary) {
        m_updated->setText(tr("Cannot read the figures: %1").arg(summary.error().message));
        return;
    }
    // Stays after "Try with the sandbox" so its outcome can be read.
    if (m_getStarted)
        m_getStarted->setVisible(summary->accounts == 0 || m_sandboxTried);
    m_contactsTotal->setValue(summary->contacts);
    m_optedIn->setValue(summary->optedIn);
    m_unknownConsent->setValue(summary->unknown);
    m_optedOut->setValue(summary->optedOut);
    for (auto it = m_broadcastTiles.cbegin(); it != m_broadcastTiles.cend(); ++it)
        it.value()->setValue(summary->broadcasts.value(it.key()));
    m_updated->setText(tr("Updated at %1")
                           .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

} // namespace megaphone
