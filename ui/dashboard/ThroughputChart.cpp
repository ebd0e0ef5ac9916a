#include "ThroughputChart.h"

#include "DashboardColors.h"

#include <QDateTime>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int kYTicks = 4;
constexpr int kXTicks = 5;

// A round number at least `value` that divides into four round ticks.
double niceCeil(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.6, 2.0, 2.4, 3.0, 4.0, 6.0, 8.0, 10.0}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

QString rateText(double mps)
{
    return QLocale().toString(mps, 'f', mps < 10 && mps != std::floor(mps) ? 1 : 0);
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"throughputChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ThroughputChart::setSeries(const ThroughputSeries &series, bool live)
{
    m_series = series;
    m_live = live;
    update();
}

double ThroughputChart::peak() const
{
    double top = 0;
    for (const ThroughputPoint &p : m_series.points)
        top = std::max(top, p.perSecond);
    return top;
}

QSize ThroughputChart::sizeHint() const { return {520, 220}; }
QSize ThroughputChart::minimumSizeHint() const { return {240, 160}; }

double ThroughputChart::yMax() const
{
    return niceCeil(std::max(peak(), m_series.capMps) * 1.1);
}

QString ThroughputChart::xLabel(qint64 atMs) const
{
    if (m_live) {
        const qint64 secondsAgo = (m_series.toMs - atMs) / 1000;
        if (secondsAgo <= 0)
            return tr("now");
        if (secondsAgo < 60)
            return tr("%n s ago", nullptr, int(secondsAgo));
        return tr("%n min ago", nullptr, int(secondsAgo / 60));
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const qint64 span = m_series.toMs - m_series.fromMs;
    if (span <= 3600 * 1000)
        return at.time().toString(u"HH:mm:ss"_s);
    if (span <= 24 * 3600 * 1000)
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return QLocale().toString(at, u"d MMM HH:mm"_s);
}

QRectF ThroughputChart::plotArea() const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(rateText(yMax())) + 10;
    const int top = fm.height() + 8; // the legend
    const int bottom = fm.height() + 8;
    return QRectF(left, top, std::max(10, width() - left - 8), std::max(10, height() - top - bottom));
}

QPointF ThroughputChart::pointAt(const QRectF &plot, double top, qsizetype index,
                                 double value) const
{
    const qsizetype count = std::max<qsizetype>(1, m_series.points.size() - 1);
    const double x = plot.left() + plot.width() * double(index) / double(count);
    const double y = plot.bottom() - plot.height() * std::clamp(value / top, 0.0, 1.0);
    return {x, y};
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotArea();
    const double top = yMax();
    paintGrid(painter, plot, top);
    paintLine(painter, plot, top);
    paintCap(painter, plot, top);

    paintLegend(painter, plot);
    if (peak() <= 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter,
                         m_live ? tr("Nothing sent in the last 5 minutes") : tr("Nothing was sent"));
    }
}

void ThroughputChart::paintGrid(QPainter &painter, const QRectF &plot, double top) const
{
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(0.12f);
    const QColor label = palette().color(QPalette::PlaceholderText);
    const QFontMetrics fm = fontMetrics();
    for (int i = 0; i <= kYTicks; ++i) {
        const double value = top * i / kYTicks;
        const double y = plot.bottom() - plot.height() * i / kYTicks;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(label);
        painter.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, rateText(value));
    }
    if (m_series.points.isEmpty())
        return;
    for (int i = 0; i <= kXTicks; ++i) {
        const qsizetype index = (m_series.points.size() - 1) * i / kXTicks;
        const double x = pointAt(plot, top, index, 0).x();
        const qint64 at = i == kXTicks && m_live ? m_series.toMs : m_series.points.at(index).atMs;
        const QString text = xLabel(at);
        const int w = fm.horizontalAdvance(text);
        const double left = std::max(0.0, std::min(x - w / 2.0, double(width() - w)));
        painter.drawText(QRectF(left, plot.bottom() + 4, w, fm.height()), Qt::AlignCenter, text);
    }
}

void ThroughputChart::paintLine(QPainter &painter, const QRectF &plot, double top) const
{
    if (m_series.points.size() < 2)
        return;
    QPainterPath line;
    for (qsizetype i = 0; i < m_series.points.size(); ++i) {
        const QPointF p = pointAt(plot, top, i, m_series.points.at(i).perSecond);
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(plot.left(), plot.bottom());
    area.closeSubpath();
    QLinearGradient fill(plot.topLeft(), plot.bottomLeft());
    QColor strong = DashboardColors::sent();
    strong.setAlphaF(0.35f);
    QColor faint = DashboardColors::sent();
    faint.setAlphaF(0.04f);
    fill.setColorAt(0, strong);
    fill.setColorAt(1, faint);
    painter.fillPath(area, fill);
    painter.setPen(QPen(DashboardColors::sent(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
}

void ThroughputChart::paintCap(QPainter &painter, const QRectF &plot, double top) const
{
    if (m_series.capMps <= 0)
        return;
    const double y = pointAt(plot, top, 0, m_series.capMps).y();
    painter.setPen(QPen(DashboardColors::cap(), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
}

// Top left: what the line and the dashed line are.
void ThroughputChart::paintLegend(QPainter &painter, const QRectF &plot) const
{
    const QFontMetrics fm = fontMetrics();
    const double y = fm.height() / 2.0 + 2;
    double x = plot.left();
    const auto entry = [&](const QPen &pen, const QString &text) {
        painter.setPen(pen);
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
        painter.setPen(palette().color(QPalette::Text));
        const int w = fm.horizontalAdvance(text);
        painter.drawText(QRectF(x + 28, 0, w + 2, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        x += 28 + w + 24;
    };
    entry(QPen(DashboardColors::sent(), 2), tr("Messages sent per second"));
    if (m_series.capMps > 0)
        entry(QPen(DashboardColors::cap(), 1.5, Qt::DashLine),
              tr("Cap: %1 per second").arg(rateText(m_series.capMps)));
}

} // namespace megaphone
