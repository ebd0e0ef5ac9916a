#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace megaphone {

class FigureTile;
struct ImportReport;

// The counts of an import run (or of a dry run) as figure tiles, and its rejected
// rows with row number and reason.
class ImportSummary : public QWidget
{
    Q_OBJECT

public:
    // Tiles are named after these for tests: "read", "new", "updated", "duplicates",
    // "rejected", "flagged"; the table is "rejectsTable".
    enum Figure { Read, New, Updated, Duplicates, Rejected, Flagged, FigureCount };

    // A dry run words its counts as what would happen.
    explicit ImportSummary(bool dryRun, QWidget *parent = nullptr);

    // Shows the counts and up to `maxRejects` of the listed rejects.
    void setReport(const ImportReport &report, int maxRejects);
    void clear();

    FigureTile *tile(Figure figure) const { return m_tiles[figure]; }
    QTableWidget *rejectsTable() const { return m_rejects; }

private:
    FigureTile *m_tiles[FigureCount];
    QLabel *m_rejectsTitle;
    QTableWidget *m_rejects;
};

} // namespace megaphone
