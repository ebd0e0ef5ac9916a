#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace megaphone {

class BroadcastDraft;
class CredentialStore;
class Database;

// What every page of the Broadcast Builder is given: the database (read and written off
// the GUI thread through runInBackground) and the draft all pages share.
struct BroadcastWizardContext
{
    std::shared_ptr<const Database> db;
    BroadcastDraft *draft = nullptr;
    CredentialStore *credentials = nullptr; // the review step's test send; may be null
};

// The base of the Broadcast Builder's pages: Next is enabled exactly while blocker() is
// empty, and the reason it is not is shown in words at the bottom of the page (and as the
// Next button's tooltip), so the user always knows what is missing.
class BroadcastStepPage : public QWizardPage
{
    Q_OBJECT

public:
    BroadcastStepPage(const BroadcastWizardContext &context, QWidget *parent = nullptr);

    bool isComplete() const override { return m_blocker.isEmpty(); }
    // Why the user cannot go on; empty when they can.
    QString blocker() const { return m_blocker; }

protected:
    BroadcastDraft *draft() const { return m_context.draft; }
    const std::shared_ptr<const Database> &db() const { return m_context.db; }
    CredentialStore *credentials() const { return m_context.credentials; }
    // The page's own widgets go here; the blocker line is under them.
    QVBoxLayout *body() const { return m_body; }
    // `waiting`: the reason is a check still running ("Checking..."), shown quietly.
    void setBlocker(const QString &reason, bool waiting = false);

private:
    BroadcastWizardContext m_context;
    QVBoxLayout *m_body;
    QLabel *m_blockerLabel;
    QString m_blocker;
};

// A red line under a field saying what is wrong with it; hidden while empty.
QLabel *fieldProblemLabel(const QString &objectName, QWidget *parent);
void showFieldProblem(QLabel *label, const QString &problem);

} // namespace megaphone
