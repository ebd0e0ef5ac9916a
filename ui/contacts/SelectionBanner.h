#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace megaphone {

// The slim bar above the contact table for "select all N matching": when every
// loaded row is selected but the filter matches more, it offers to select them
// all; once chosen it says so and offers to clear the selection.
class SelectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SelectionBanner(QWidget *parent = nullptr);

    // Shown when all `matching` contacts of the filter are selected (`allMatching`),
    // or when every one of the `loaded` rows is selected and the filter matches more;
    // hidden otherwise. `matching` < 0: not counted yet.
    void showFor(int loaded, qsizetype selectedRows, qint64 matching, bool allMatching);

Q_SIGNALS:
    void selectAllMatchingClicked();
    void clearSelectionClicked();

private:
    QLabel *m_text;
    QPushButton *m_selectAll;
    QPushButton *m_clear;
};

} // namespace megaphone
