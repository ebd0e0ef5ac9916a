#include "FunnelWidget.h"

#include "DashboardColors.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kGap = 12;    // between label, bar and value
constexpr int kStages = 5;  // total, sent, delivered, read, replied
} // namespace

FunnelWidget::FunnelWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"funnel"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFunnel({}, true);
}

void FunnelWidget::setFunnel(const FunnelCounts &f, bool deliveryReports)
{
    const auto make = [&](const QString &key, const QString &label, qint64 count, QColor color,
                          bool known = true) {
        return Row{key, label, count, f.percentOf(count), color, known};
    };
    m_rows = {
        make(u"total"_s, tr("Recipients"), f.total, DashboardColors::total()),
        make(u"sent"_s, deliveryReports ? tr("Sent") : tr("Accepted by WhatsApp"), f.sent,
             DashboardColors::sent()),
        make(u"delivered"_s, tr("Delivered"), f.delivered, DashboardColors::delivered(),
             deliveryReports),
        make(u"read"_s, tr("Read"), f.read, DashboardColors::read(), deliveryReports),
        make(u"replied"_s, tr("Replied"), f.replied, DashboardColors::replied()),
        make(u"pending"_s, tr("Waiting to send"), f.pending, DashboardColors::pending()),
        make(u"sending"_s, tr("Sending now"), f.sending, DashboardColors::sending()),
        make(u"failed"_s, tr("Failed"), f.failed, DashboardColors::failed()),
        make(u"skipped"_s, tr("Skipped"), f.skipped, DashboardColors::skipped()),
        make(u"unknown"_s, tr("Outcome unknown"), f.unknown, DashboardColors::unknown()),
    };
    setToolTip(deliveryReports
                   ? QString()
                   : tr("No delivery report has arrived for this number yet, so WhatsApp's "
                        "acceptance is all that is known. Check the webhook in Settings."));
    updateGeometry();
    update();
}

FunnelWidget::Row FunnelWidget::row(const QString &key) const
{
    for (const Row &r : m_rows) {
        if (r.key == key)
            return r;
    }
    return {};
}

QString FunnelWidget::valueText(const Row &row)
{
    if (!row.known)
        return tr("no reports yet");
    const QLocale locale;
    // A few among many read "<0.1%", not "0.0%".
    const QString percent = row.count > 0 && row.percent < 0.05
                                ? tr("<%1").arg(locale.toString(0.1, 'f', 1))
                                : locale.toString(row.percent, 'f', 1);
    return tr("%1 (%2%)").arg(locale.toString(row.count), percent);
}

int FunnelWidget::rowHeight() const { return fontMetrics().height() + 12; }

int FunnelWidget::labelWidth() const
{
    int width = 0;
    for (const Row &r : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(r.label));
    return width;
}

int FunnelWidget::valueWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("no reports yet"));
    for (const Row &r : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(valueText(r)));
    return width;
}

QSize FunnelWidget::sizeHint() const
{
    return {labelWidth() + valueWidth() + 2 * kGap + 320, int(m_rows.size()) * rowHeight() + 8};
}

QSize FunnelWidget::minimumSizeHint() const
{
    return {labelWidth() + valueWidth() + 2 * kGap + 80, int(m_rows.size()) * rowHeight() + 8};
}

void FunnelWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int labels = labelWidth();
    const int values = valueWidth();
    int y = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (i == kStages) {
            // A gap between the stages that narrow and where the others are.
            y += 8;
            painter.setPen(QPen(palette().color(QPalette::Mid), 1));
            painter.drawLine(0, y - 4, width(), y - 4);
        }
        paintRow(painter, m_rows.at(i), QRect(0, y, width(), rowHeight()), labels, values);
        y += rowHeight();
    }
}

void FunnelWidget::paintRow(QPainter &painter, const Row &row, const QRect &rect, int labels,
                            int values) const
{
    const QColor text = palette().color(row.known ? QPalette::Text : QPalette::PlaceholderText);
    painter.setPen(text);
    const QRect labelRect(rect.left(), rect.top(), labels, rect.height());
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, row.label);

    const int barLeft = labelRect.right() + kGap;
    const int barWidth = std::max(0, rect.width() - labels - values - 2 * kGap);
    const QRectF track(barLeft, rect.top() + 5, barWidth, rect.height() - 10);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 4, 4);
    painter.fillPath(trackPath, DashboardColors::track(palette()));
    if (row.known && row.count > 0) {
        const double share = std::clamp(row.percent / 100.0, 0.0, 1.0);
        QRectF bar = track;
        bar.setWidth(std::max(6.0, track.width() * share));
        QPainterPath barPath;
        barPath.addRoundedRect(bar, 4, 4);
        painter.fillPath(barPath, row.color);
    }
    painter.setPen(text);
    const QRect valueRect(rect.right() - values, rect.top(), values, rect.height());
    painter.drawText(valueRect, Qt::AlignVCenter | Qt::AlignRight, valueText(row));
}

} // namespace megaphone
