#include "QuotaGauge.h"

#include "DashboardColors.h"
#include "DashboardText.h"

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace megaphone {

class QuotaGauge::Bar : public QWidget
{
public:
    explicit Bar(QWidget *parent) : QWidget(parent) { setFixedHeight(14); }
    void setFill(double fill)
    {
        m_fill = fill;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF track = rect();
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, 7, 7);
        painter.fillPath(trackPath, DashboardColors::track(palette()));
        if (m_fill <= 0)
            return;
        QRectF used = track;
        used.setWidth(std::max(track.height(), track.width() * std::min(1.0, m_fill)));
        QPainterPath usedPath;
        usedPath.addRoundedRect(used, 7, 7);
        // Calm while there is room, amber when nearly spent, red when spent.
        const QColor color = m_fill >= 1.0   ? DashboardColors::failed()
                             : m_fill >= 0.8 ? DashboardColors::unknown()
                                             : DashboardColors::delivered();
        painter.fillPath(usedPath, color);
    }

private:
    double m_fill = 0;
};

QuotaGauge::QuotaGauge(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_bar(new Bar(this)),
      m_detail(new QLabel(this))
{
    setObjectName(u"quotaGauge"_s);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addStretch();
    setQuota({}, 0);
}

void QuotaGauge::setQuota(const QuotaFigures &quota, qint64 nowMs)
{
    const QLocale locale;
    if (!quota.limited) {
        m_fill = 0;
        m_headline->setText(tr("No daily limit"));
        m_detail->setText(tr("The sending number's portfolio has no messaging tier limit "
                             "set, so only the sending speed limits this broadcast."));
        m_bar->setFill(0);
        return;
    }
    m_fill = quota.limit > 0 ? double(quota.used) / double(quota.limit) : 1.0;
    m_bar->setFill(m_fill);
    m_headline->setText(tr("%1 of %2 left")
                            .arg(locale.toString(quota.left()), locale.toString(quota.limit)));
    QString detail = tr("%Ln people reached in the last 24 hours, over every number of the "
                        "portfolio.", nullptr, int(std::min<qint64>(quota.used, std::numeric_limits<int>::max())));
    if (quota.nextFreeAtMs > 0) {
        detail += u" "_s
                  + tr("More capacity frees %1 (in %2).")
                        .arg(DashboardText::clockTime(quota.nextFreeAtMs, nowMs),
                             DashboardText::duration(quota.nextFreeAtMs - nowMs));
    }
    m_detail->setText(detail);
}

QString QuotaGauge::headline() const { return m_headline->text(); }
QString QuotaGauge::detail() const { return m_detail->text(); }

} // namespace megaphone
