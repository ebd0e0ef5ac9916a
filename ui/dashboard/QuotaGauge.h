#pragma once

#include "BroadcastStats.h"

#include <QWidget>

class QLabel;

namespace megaphone {

// The portfolio's rolling 24-hour quota: how many people it reached of its tier's limit, a
// bar that fills as the quota is spent, and when the next capacity frees.
class QuotaGauge : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaGauge(QWidget *parent = nullptr);

    void setQuota(const QuotaFigures &quota, qint64 nowMs);
    QString headline() const;
    QString detail() const;
    // The share of the quota spent, 0 to 1 (0 when unlimited).
    double fill() const { return m_fill; }

private:
    class Bar;
    QLabel *m_headline;
    Bar *m_bar;
    QLabel *m_detail;
    double m_fill = 0;
};

} // namespace megaphone
