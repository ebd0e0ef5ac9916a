#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct TestState
{
    bool on = false;
    QQueue<QString> fileNames;
    QQueue<bool> confirms;
    QQueue<std::optional<QString>> items;
    QStringList shown;
};

TestState &state()
{
    static TestState s;
    return s;
}

template<typename T>
T takeAnswer(QQueue<T> &queue, const T &cancel, const char *kind)
{
    if (queue.isEmpty()) {
        qWarning("Dialogs: no answer queued for a %s dialog; answering cancel", kind);
        return cancel;
    }
    return queue.dequeue();
}

} // namespace

QString Dialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    if (state().on)
        return takeAnswer(state().fileNames, QString(), "file");
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    if (state().on)
        return takeAnswer(state().fileNames, QString(), "file");
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptText)
{
    if (state().on) {
        state().shown.append(title + u": "_s + text);
        return takeAnswer(state().confirms, false, "question");
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> Dialogs::chooseItem(QWidget *parent, const QString &title,
                                           const QString &label, const QStringList &items,
                                           bool editable)
{
    if (state().on) {
        state().shown.append(title + u": "_s + label);
        return takeAnswer(state().items, std::optional<QString>(), "choice");
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, editable, &ok);
    if (!ok || item.trimmed().isEmpty())
        return std::nullopt;
    return item.trimmed();
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().shown.append(title + u": "_s + text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::setTestMode(bool on) { state().on = on; }
bool Dialogs::testMode() { return state().on; }
void Dialogs::answerFileName(const QString &path) { state().fileNames.enqueue(path); }
void Dialogs::answerConfirm(bool accept) { state().confirms.enqueue(accept); }
void Dialogs::answerItem(const std::optional<QString> &item) { state().items.enqueue(item); }
QStringList Dialogs::shown() { return state().shown; }

void Dialogs::reset()
{
    const bool on = state().on;
    state() = TestState();
    state().on = on;
}

} // namespace megaphone
