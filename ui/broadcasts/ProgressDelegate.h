#pragma once

#include <QStyledItemDelegate>

namespace megaphone {

// Paints a progress bar in a cell from the model's done and total roles
// (BroadcastListModel::DoneRole, TotalRole), with the percentage on it. A row with no
// recipients yet gets an empty cell.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int doneRole, int totalRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_doneRole;
    int m_totalRole;
};

} // namespace megaphone
