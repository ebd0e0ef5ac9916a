#pragma once

#include "BroadcastStats.h"

#include <QWidget>

namespace megaphone {

// Messages accepted per second over time, a filled line, against the sending cap (a dashed
// line). Live (a running broadcast), the last five minutes with "now" at the right; else
// the broadcast's sending time by the clock.
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void setSeries(const ThroughputSeries &series, bool live);
    const ThroughputSeries &series() const { return m_series; }
    // The highest rate drawn, in messages per second.
    double peak() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double yMax() const;
    QString xLabel(qint64 atMs) const;
    QRectF plotArea() const;
    void paintGrid(QPainter &painter, const QRectF &plot, double top) const;
    void paintLine(QPainter &painter, const QRectF &plot, double top) const;
    void paintCap(QPainter &painter, const QRectF &plot, double top) const;
    void paintLegend(QPainter &painter, const QRectF &plot) const;
    QPointF pointAt(const QRectF &plot, double top, qsizetype index, double value) const;

    ThroughputSeries m_series;
    bool m_live = true;
};

} // namespace megaphone
