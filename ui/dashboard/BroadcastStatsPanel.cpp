#include "BroadcastStatsPanel.h"

#include "DashboardText.h"
#include "FunnelWidget.h"
#include "QuotaGauge.h"
#include "ThroughputChart.h"
#include "widgets/StatusText.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(content);
    return group;
}

QLabel *quiet(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

BroadcastStatsPanel::BroadcastStatsPanel(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_noReports(new QLabel(this)),
      m_funnel(new FunnelWidget(this)), m_chart(new ThroughputChart(this)),
      m_chartNote(quiet(this)), m_quota(new QuotaGauge(this)), m_eta(new QLabel(this)),
      m_failures(new QTableWidget(0, 4, this)), m_noFailures(quiet(this))
{
    setObjectName(u"broadcastStats"_s);
    m_state->setObjectName(u"broadcastState"_s);
    m_state->setWordWrap(true);
    QFont stateFont = m_state->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.15);
    m_state->setFont(stateFont);
    m_noReports->setObjectName(u"noDeliveryReports"_s);
    m_noReports->setWordWrap(true);
    m_noReports->setText(tr("No delivery report has arrived for this sending number yet, so the "
                            "figures show what WhatsApp accepted, not what reached the phones. "
                            "Check the webhook in Settings > Webhooks."));
    m_noReports->setStyleSheet(u"QLabel { background: #fff4e0; color: #6b4500; "
                               "border: 1px solid #f0c27a; border-radius: 6px; padding: 8px; }"_s);
    m_noReports->hide();
    m_eta->setObjectName(u"etaLabel"_s);
    m_eta->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_state, 0, 0, 1, 2);
    grid->addWidget(m_noReports, 1, 0, 1, 2);
    grid->addWidget(buildFunnelBox(), 2, 0);
    grid->addWidget(buildSideBox(), 2, 1);
    grid->addWidget(buildChartBox(), 3, 0, 1, 2);
    grid->addWidget(buildFailuresBox(), 4, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
}

QWidget *BroadcastStatsPanel::buildFunnelBox()
{
    return box(tr("Where the messages are"), m_funnel, this);
}

QWidget *BroadcastStatsPanel::buildSideBox()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    QFont bigger = m_eta->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_eta->setFont(bigger);
    layout->addWidget(box(tr("When it will be done"), m_eta, side));
    layout->addWidget(box(tr("Messaging quota (rolling 24 hours)"), m_quota, side), 1);
    return side;
}

QWidget *BroadcastStatsPanel::buildChartBox()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_chartNote);
    m_chartNote->setObjectName(u"throughputNote"_s);
    m_chart->setMinimumHeight(200);
    return box(tr("Sending speed"), content, this);
}

QWidget *BroadcastStatsPanel::buildFailuresBox()
{
    m_failures->setObjectName(u"failureTable"_s);
    m_failures->setHorizontalHeaderLabels(
        {tr("Recipients"), tr("Outcome"), tr("What happened"), tr("Code")});
    m_failures->verticalHeader()->hide();
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setSelectionMode(QAbstractItemView::NoSelection);
    m_failures->setWordWrap(false); // one line a reason; the whole text in its tooltip
    m_failures->setShowGrid(false);
    m_failures->setAlternatingRowColors(true);
    QHeaderView *header = m_failures->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_failures->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noFailures->setObjectName(u"noFailures"_s);
    m_noFailures->setText(tr("Nothing has failed or been skipped so far."));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_failures);
    layout->addWidget(m_noFailures);
    return box(tr("Why some were not sent"), content, this);
}

void BroadcastStatsPanel::showSnapshot(const BroadcastSnapshot &s)
{
    m_state->setText(describeState(s));
    m_noReports->setVisible(!s.webhooksSeen && s.funnel.sent > 0);
    m_funnel->setFunnel(s.funnel, s.webhooksSeen);
    const bool live = s.status == BroadcastStatus::Running;
    m_chart->setSeries(s.throughput, live);
    m_chartNote->setText(
        live && s.throughput.recentMps > 0
            ? tr("Lately %1 messages per second; the cap is %2 per second (the lower of the "
                 "number's throughput and your limits).")
                  .arg(DashboardText::rate(s.throughput.recentMps),
                       DashboardText::rate(s.throughput.capMps))
            : tr("The cap is %1 messages per second (the lower of the number's throughput and "
                 "your limits).")
                  .arg(DashboardText::rate(s.throughput.capMps)));
    m_quota->setQuota(s.quota, s.readAtMs);
    m_eta->setText(describeEta(s));
    showFailures(s.failures);
}

void BroadcastStatsPanel::showFailures(const QList<FailureReason> &reasons)
{
    m_failures->setVisible(!reasons.isEmpty());
    m_noFailures->setVisible(reasons.isEmpty());
    m_failures->setRowCount(int(reasons.size()));
    const QLocale locale;
    for (int row = 0; row < reasons.size(); ++row) {
        const FailureReason &r = reasons.at(row);
        const QStringList cells = {locale.toString(r.count), StatusText::recipient(r.status),
                                   r.explanation, r.code};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 2)
                item->setToolTip(r.explanation);
            m_failures->setItem(row, column, item);
        }
    }
    // Tall enough for up to eight reasons; more scroll.
    const int rows = std::min<int>(8, int(reasons.size()));
    m_failures->setFixedHeight(m_failures->horizontalHeader()->sizeHint().height()
                               + rows * m_failures->verticalHeader()->defaultSectionSize()
                               + 2 * m_failures->frameWidth());
}

QString BroadcastStatsPanel::etaText() const { return m_eta->text(); }
QString BroadcastStatsPanel::stateText() const { return m_state->text(); }

QString BroadcastStatsPanel::describeState(const BroadcastSnapshot &s)
{
    QString text = u"<b>%1</b> \u2014 %2"_s.arg(s.name.toHtmlEscaped(), StatusText::broadcast(s.status));
    if (s.startedAtMs > 0)
        text += u" \u00b7 "_s + tr("started %1").arg(DashboardText::clockTime(s.startedAtMs, s.readAtMs));
    if (s.status == BroadcastStatus::Paused && !s.pauseReason.isEmpty())
        text += u"<br>"_s + tr("Paused because: %1").arg(s.pauseReason.toHtmlEscaped());
    return text;
}

QString BroadcastStatsPanel::describeEta(const BroadcastSnapshot &s)
{
    const QLocale locale;
    const EtaEstimate &eta = s.eta;
    const QString left = locale.toString(eta.remaining);
    switch (s.status) {
    case BroadcastStatus::Completed:
        return tr("Finished %1.").arg(DashboardText::clockTime(s.finishedAtMs, s.readAtMs));
    case BroadcastStatus::Cancelled:
        return tr("Cancelled; %1 recipients were not sent.").arg(left);
    case BroadcastStatus::Paused:
        return tr("Paused with %1 recipients still to send. It continues when you resume it.")
            .arg(left);
    case BroadcastStatus::Running:
        break;
    default:
        return tr("Not started yet.");
    }
    if (eta.remaining == 0)
        return tr("Every message has been handed over; delivery reports are still coming in.");
    if (eta.finishAtMs == 0)
        return tr("%1 recipients still to send.").arg(left);
    QString text = tr("About %1 left: done %2.")
                       .arg(DashboardText::duration(eta.finishAtMs - s.readAtMs),
                            DashboardText::clockTime(eta.finishAtMs, s.readAtMs));
    if (s.resumeAtMs > s.readAtMs)
        text += u"\n"_s + tr("Waiting for the quota or the sending window; sending resumes %1.")
                              .arg(DashboardText::clockTime(s.resumeAtMs, s.readAtMs));
    if (eta.waitsForQuota)
        text += u"\n"_s + tr("More recipients than the quota has left: the rest go as capacity "
                             "frees, about %1 a day.")
                              .arg(locale.toString(s.quota.limit));
    text += u"\n"_s
            + (eta.rateFromCap
                   ? tr("%1 to go, assuming the cap of %2 per second.")
                   : tr("%1 to go at the recent %2 messages per second."))
                  .arg(left, DashboardText::rate(eta.rateMps));
    return text;
}

} // namespace megaphone
