#include "LiveBroadcastView.h"

#include "BroadcastStatsPanel.h"
#include "BroadcastStore.h"
#include "BroadcastWatcher.h"
#include "Clock.h"
#include "Database.h"
#include "widgets/EmptyState.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kPollMs = 1000;
constexpr int kChoices = 20;
} // namespace

struct LiveBroadcastView::Reading
{
    QList<Broadcast> choices;
    qint64 shownId = 0;
    std::optional<Result<BroadcastSnapshot>> snapshot; // none: nothing to show
};

LiveBroadcastView::LiveBroadcastView(std::shared_ptr<const Database> db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_picker(new QComboBox(this)),
      m_message(new QLabel(this)), m_panel(new BroadcastStatsPanel(this)),
      m_empty(new EmptyState(this)), m_timer(new QTimer(this))
{
    setObjectName(u"liveBroadcast"_s);
    m_picker->setObjectName(u"broadcastPicker"_s);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumWidth(260);
    m_message->setObjectName(u"liveMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_empty->setObjectName(u"noBroadcastYet"_s);
    m_empty->setTitle(tr("No broadcast has started yet"));
    m_empty->setText(tr("When a broadcast sends, its progress shows here live: how many were "
                        "sent, delivered and read, the sending speed and what failed."));
    m_panel->hide();

    auto *pickerRow = new QHBoxLayout;
    auto *pickerLabel = new QLabel(tr("&Broadcast:"), this);
    pickerLabel->setBuddy(m_picker);
    pickerRow->addWidget(pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(pickerRow);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(m_panel);

    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        m_wantedId = m_picker->itemData(index).toLongLong();
        refresh();
    });
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &LiveBroadcastView::tick);
}

LiveBroadcastView::~LiveBroadcastView() = default;

bool LiveBroadcastView::isListening() const { return m_watcher && m_watcher->isLive(); }

void LiveBroadcastView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    listen();
    m_timer->start();
    refresh();
}

void LiveBroadcastView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void LiveBroadcastView::listen()
{
    if (m_watcher || !m_db->isPostgres())
        return;
    // Subscribes on this (the GUI) thread's connection, where its notifications arrive.
    m_watcher = new BroadcastWatcher(m_db, this);
    connect(m_watcher, &BroadcastWatcher::changed, this, [this](qint64 id) {
        if (id == m_shownId && isVisible())
            refresh();
    });
    connect(m_watcher, &BroadcastWatcher::statusChanged, this, [this](qint64) {
        if (isVisible())
            refresh(); // the picker's list may change
    });
}

void LiveBroadcastView::tick()
{
    if (m_reading)
        return; // dropped: the running read is still busy
    startRead();
}

void LiveBroadcastView::refresh()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    startRead();
}

void LiveBroadcastView::startRead()
{
    m_reading = true;
    m_readAgain = false;
    const qint64 wanted = m_wantedId;
    runInBackground(
        this,
        [broadcasts = BroadcastStore(m_db), stats = BroadcastStats(m_db),
         wanted]() mutable -> Result<Reading> {
            auto list = broadcasts.list();
            if (!list)
                return list.error();
            Reading reading;
            reading.choices = BroadcastStats::pickable(list.value(), kChoices);
            for (const Broadcast &b : std::as_const(reading.choices)) {
                if (b.id == wanted)
                    reading.shownId = wanted;
            }
            if (reading.shownId == 0 && !reading.choices.isEmpty())
                reading.shownId = reading.choices.first().id;
            if (reading.shownId != 0)
                reading.snapshot = stats.read(reading.shownId, Clock::nowMs());
            return reading;
        },
        [this](const Result<Reading> &reading) {
            m_reading = false;
            showReading(reading);
            if (m_readAgain && isVisible())
                startRead();
        });
}

void LiveBroadcastView::showReading(const Result<Reading> &reading)
{
    const auto fail = [this](const QString &message) {
        m_message->setText(tr("Cannot read the broadcast's figures: %1").arg(message));
        m_message->show();
    };
    if (!reading)
        return fail(reading.error().message);
    fillPicker(reading->choices, reading->shownId);
    m_shownId = reading->shownId;
    m_empty->setVisible(m_shownId == 0);
    m_picker->setEnabled(m_shownId != 0);
    if (!reading->snapshot) {
        m_panel->hide();
        m_message->hide();
        return;
    }
    if (!reading->snapshot->ok())
        return fail(reading->snapshot->error().message);
    m_message->hide();
    m_panel->showSnapshot(reading->snapshot->value());
    m_panel->show();
}

void LiveBroadcastView::fillPicker(const QList<Broadcast> &choices, qint64 shownId)
{
    const QSignalBlocker blocker(m_picker);
    QStringList texts;
    for (const Broadcast &b : choices)
        texts << tr("%1 (%2)").arg(b.name, StatusText::broadcast(b.status));
    // Rebuilt only when it changed, so an open list is not pulled from under the user.
    bool same = m_picker->count() == choices.size();
    for (int i = 0; same && i < m_picker->count(); ++i)
        same = m_picker->itemText(i) == texts.at(i)
               && m_picker->itemData(i).toLongLong() == choices.at(i).id;
    if (!same) {
        m_picker->clear();
        for (qsizetype i = 0; i < choices.size(); ++i)
            m_picker->addItem(texts.at(i), choices.at(i).id);
    }
    m_picker->setCurrentIndex(m_picker->findData(shownId));
}

} // namespace megaphone
