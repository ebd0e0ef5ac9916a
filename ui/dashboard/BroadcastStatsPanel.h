#pragma once

#include "BroadcastStats.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace megaphone {

class FunnelWidget;
class QuotaGauge;
class ThroughputChart;

// Everything the dashboard shows for one broadcast: its state, the funnel, the sending
// speed against the cap, the failure reasons, the portfolio's quota and when it will be done.
class BroadcastStatsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BroadcastStatsPanel(QWidget *parent = nullptr);

    void showSnapshot(const BroadcastSnapshot &snapshot);

    FunnelWidget *funnel() const { return m_funnel; }
    ThroughputChart *throughput() const { return m_chart; }
    QuotaGauge *quota() const { return m_quota; }
    QTableWidget *failures() const { return m_failures; }
    QString etaText() const;
    QString stateText() const;

    // The ETA in words for a snapshot.
    static QString describeEta(const BroadcastSnapshot &snapshot);

private:
    QWidget *buildFunnelBox();
    QWidget *buildSideBox();
    QWidget *buildChartBox();
    QWidget *buildFailuresBox();
    void showFailures(const QList<FailureReason> &reasons);
    static QString describeState(const BroadcastSnapshot &snapshot);

    QLabel *m_state;
    QLabel *m_noReports;
    FunnelWidget *m_funnel;
    ThroughputChart *m_chart;
    QLabel *m_chartNote;
    QuotaGauge *m_quota;
    QLabel *m_eta;
    QTableWidget *m_failures;
    QLabel *m_noFailures;
};

} // namespace megaphone
