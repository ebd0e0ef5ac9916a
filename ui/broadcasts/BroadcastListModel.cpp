#include "BroadcastListModel.h"

#include "Clock.h"
#include "widgets/StatusText.h"

#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

bool isCount(int column)
{
    return column >= BroadcastListModel::Sent && column <= BroadcastListModel::Failed;
}

// An int: what every Qt 6 view reads from Qt::TextAlignmentRole.
int alignment(int column)
{
    if (column == BroadcastListModel::Progress)
        return int(Qt::AlignHCenter | Qt::AlignVCenter);
    return int((isCount(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

} // namespace

BroadcastListModel::BroadcastListModel(QObject *parent) : QAbstractTableModel(parent) {}

// Both lists are newest first (ids descending), so one walk pairs the rows: an old id
// missing from the fresh list is removed, a fresh id missing from the old one inserted.
void BroadcastListModel::setBroadcasts(const QList<BroadcastSummary> &fresh)
{
    int i = 0;
    qsizetype j = 0;
    while (i < m_rows.size() || j < fresh.size()) {
        if (j == fresh.size() || (i < m_rows.size() && m_rows[i].id > fresh[j].id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        } else if (i == m_rows.size() || fresh[j].id > m_rows[i].id) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh[j]);
            endInsertRows();
            ++i;
            ++j;
        } else {
            if (!(m_rows[i] == fresh[j])) {
                m_rows[i] = fresh[j];
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

const BroadcastSummary *BroadcastListModel::broadcastAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int BroadcastListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QString BroadcastListModel::when(qint64 ms, qint64 nowMs, const QLocale &locale)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString BroadcastListModel::statusText(const BroadcastSummary &b, qint64 nowMs,
                                       const QLocale &locale)
{
    switch (b.status) {
    case BroadcastStatus::Scheduled:
        if (b.scheduledAt > 0)
            return tr("Scheduled for %1").arg(when(b.scheduledAt, nowMs, locale));
        break;
    case BroadcastStatus::Running:
        if (b.resumeAt > nowMs)
            return tr("Running, waiting until %1").arg(when(b.resumeAt, nowMs, locale));
        break;
    case BroadcastStatus::Paused:
        if (!b.pauseReason.isEmpty())
            return tr("Paused: %1").arg(b.pauseReason);
        break;
    default:
        break;
    }
    return StatusText::broadcast(b.status);
}

int BroadcastListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BroadcastListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BroadcastListModel::display(const BroadcastSummary &b, int column) const
{
    const QLocale locale;
    const bool hasRecipients = b.total() > 0;
    switch (column) {
    case Name:
        return b.name;
    case Account:
        return b.accountLabel;
    case Status:
        return statusText(b, Clock::nowMs(), locale);
    case Progress:
        return hasRecipients ? tr("%1 of %2").arg(locale.toString(b.done()), locale.toString(b.total()))
                             : QString();
    case Sent:
        return hasRecipients ? locale.toString(b.sentOrLater()) : QString();
    case Delivered:
        return hasRecipients ? locale.toString(b.deliveredOrLater()) : QString();
    case Read:
        return hasRecipients ? locale.toString(b.count(RecipientStatus::Read)) : QString();
    case Failed:
        return hasRecipients ? locale.toString(b.count(RecipientStatus::Failed)) : QString();
    case Created:
        return when(b.createdAt, Clock::nowMs(), locale);
    case Started:
        return when(b.startedAt, Clock::nowMs(), locale);
    }
    return {};
}

QVariant BroadcastListModel::toolTip(const BroadcastSummary &b, int column) const
{
    if (column == Status) {
        if (!b.pauseReason.isEmpty())
            return b.pauseReason; // the whole reason, which the cell may elide
        return statusText(b, Clock::nowMs());
    }
    if (column != Progress || b.total() == 0)
        return {};
    const QLocale locale;
    QStringList parts;
    for (RecipientStatus status : allRecipientStatuses()) {
        if (const qint64 n = b.count(status))
            parts << tr("%1: %2", "a recipient state and how many are in it")
                         .arg(StatusText::recipient(status), locale.toString(n));
    }
    return parts.join(u'\n');
}

QVariant BroadcastListModel::data(const QModelIndex &index, int role) const
{
    const BroadcastSummary *b = broadcastAt(index.row());
    if (!b || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*b, index.column());
    case Qt::ToolTipRole:
        return toolTip(*b, index.column());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ForegroundRole:
        if (index.column() == Status && b->status == BroadcastStatus::Paused && !b->pauseReason.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == Failed && b->count(RecipientStatus::Failed) > 0)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case IdRole:
        return b->id;
    case DoneRole:
        return b->done();
    case TotalRole:
        return b->total();
    }
    return {};
}

QVariant BroadcastListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sent:
            return tr("Accepted by WhatsApp, including those delivered and read since");
        case Delivered:
            return tr("Delivered to the phone, including those read since");
        case Progress:
            return tr("Recipients with an outcome, of all recipients");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Account: return tr("Sender");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    case Sent: return tr("Sent");
    case Delivered: return tr("Delivered");
    case Read: return tr("Read");
    case Failed: return tr("Failed");
    case Created: return tr("Created");
    case Started: return tr("Started");
    }
    return {};
}

} // namespace megaphone
