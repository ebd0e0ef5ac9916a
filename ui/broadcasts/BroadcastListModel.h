#pragma once

#include "BroadcastList.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace megaphone {

// Every broadcast, newest first, one row each. setBroadcasts() merges a fresh list into
// the rows it has (rows are inserted, removed or changed in place, never reset), so the
// view keeps its selection and scroll position across the page's refreshes.
class BroadcastListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The counts come before the progress bar, whose margin keeps them apart from the
    // left-aligned times.
    enum Column { Name, Account, Status, Sent, Delivered, Read, Failed, Progress, Created, Started,
                  ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DoneRole,  // recipients with an outcome (the progress bar's value)
        TotalRole, // every recipient (the progress bar's maximum)
    };

    explicit BroadcastListModel(QObject *parent = nullptr);

    void setBroadcasts(const QList<BroadcastSummary> &broadcasts);
    const QList<BroadcastSummary> &broadcasts() const { return m_rows; }
    const BroadcastSummary *broadcastAt(int row) const;
    int rowOf(qint64 id) const; // -1 when absent

    // The status in words: "Paused: <reason>", "Running, waiting until 14:00",
    // "Scheduled for 3/12/26 09:00", in `locale`, as of `nowMs`.
    static QString statusText(const BroadcastSummary &b, qint64 nowMs,
                              const QLocale &locale = QLocale());
    static QString when(qint64 ms, qint64 nowMs, const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BroadcastSummary &b, int column) const;
    QVariant toolTip(const BroadcastSummary &b, int column) const;

    QList<BroadcastSummary> m_rows;
};

} // namespace megaphone
