#pragma once

#include "BroadcastStats.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace megaphone {

// The broadcast's funnel as horizontal bars, each with its count and its share of all
// recipients: the stages that narrow (recipients, sent, delivered, read, replied), then
// where the others are (pending, sending, failed, skipped, unknown). Until a delivery
// report has arrived for the sending number, "sent" reads "accepted" and the delivery
// stages say that nothing is known yet.
class FunnelWidget : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString key; // as the database spells the state ("sent"), or "total", "replied"
        QString label;
        qint64 count = 0;
        double percent = 0;
        QColor color;
        bool known = true; // false: no delivery reports yet, the count says nothing
    };

    explicit FunnelWidget(QWidget *parent = nullptr);

    void setFunnel(const FunnelCounts &funnel, bool deliveryReports);
    const QList<Row> &rows() const { return m_rows; }
    // The row of `key`, or an empty row.
    Row row(const QString &key) const;
    // "1,234 (55.0%)" as drawn.
    static QString valueText(const Row &row);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int valueWidth() const;
    void paintRow(QPainter &painter, const Row &row, const QRect &rect, int labels,
                  int values) const;

    QList<Row> m_rows;
};

} // namespace megaphone
