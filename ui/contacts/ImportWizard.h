#pragma once

#include "ImportSession.h"

#include <QWizard>

#include <memory>

namespace megaphone {

class Database;
class ImportDryRunPage;
class ImportOptionsPage;
class ImportRunPage;

// Imports a contacts file step by step: choose the file, check how it reads, map its
// columns, choose the options (default country, tags, consent), check a dry run,
// import with progress and Cancel, and read the report. Files and questions go
// through Dialogs, so tests can drive it. The temporary files of rejected rows are
// removed when the wizard closes.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, OptionsPage, DryRunPage, RunPage, ReportPage };
    Q_ENUM(PageId)

    explicit ImportWizard(std::shared_ptr<const Database> db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const ImportSession &session() const { return m_session; }
    // Whether an import is on its way (closing the wizard then cancels it first).
    bool isImporting() const;

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    // An import changed the contacts (not sent for a dry run or a cancelled import).
    void contactsImported();

private:
    void loadDefaultRegion();

    std::shared_ptr<const Database> m_db;
    ImportSession m_session;
    ImportOptionsPage *m_options;
    ImportDryRunPage *m_dryRun;
    ImportRunPage *m_run;
};

} // namespace megaphone
