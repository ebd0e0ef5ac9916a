#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace megaphone {

// Every file dialog, question and warning of the pages goes through here, so a test
// can answer them in advance and never block on a modal dialog (the test seam of
// CONVENTIONS.md, after KeePassXC's MessageBox).
//
// In normal use each function shows the standard dialog. In test mode a function
// takes the next answer queued for its kind instead; with none queued it answers
// "cancel" and says so with a warning, so a forgotten answer fails a test instead
// of hanging it. GUI thread only.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    // "" when cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // A question whose yes-button says what happens ("Delete"); true when accepted.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptText);
    // Picks one of `items` or, when `editable`, types a new one; nothing when cancelled.
    static std::optional<QString> chooseItem(QWidget *parent, const QString &title,
                                             const QString &label, const QStringList &items,
                                             bool editable);
    // Says that something went wrong.
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The test seam.
    static void setTestMode(bool on);
    static bool testMode();
    static void answerFileName(const QString &path); // for the next file dialog
    static void answerConfirm(bool accept);
    static void answerItem(const std::optional<QString> &item);
    // The titles and texts of the questions and warnings "shown" in test mode, oldest first.
    static QStringList shown();
    // Forgets queued answers and what was shown.
    static void reset();
};

} // namespace megaphone
