#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace megaphone {

struct BroadcastSummary;

// The actions on the selected broadcast, for the page's toolbar and context menu,
// each enabled only where the broadcast's state allows it (DESIGN.md section 3).
class BroadcastActions : public QObject
{
    Q_OBJECT

public:
    enum Kind { Open, SendNow, Pause, Resume, Cancel, RetryFailed, RetryUnknown, Duplicate,
                ExportReport, KindCount };
    Q_ENUM(Kind)

    explicit BroadcastActions(QObject *parent = nullptr);

    QAction *action(Kind kind) const { return m_actions.at(kind); }
    const QList<QAction *> &all() const { return m_actions; }
    // Whether `kind` makes sense for a broadcast in the state `b` is in.
    static bool allows(Kind kind, const BroadcastSummary &b);
    // Enables each action for the selected broadcast; nullptr: none selected.
    void update(const BroadcastSummary *selected);

Q_SIGNALS:
    void triggered(megaphone::BroadcastActions::Kind kind);

private:
    void add(Kind kind, const QString &objectName, const QString &text, const QString &toolTip,
             const QString &icon);

    QList<QAction *> m_actions;
};

} // namespace megaphone
