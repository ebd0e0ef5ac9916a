#pragma once

#include "Contact.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace megaphone {

// The search, consent and tag filters over the contact list, and the count of what
// matches. The search applies after a short pause in typing.
class ContactFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(QWidget *parent = nullptr);

    ContactFilter filter() const;
    // The tags to filter by (ContactStore::allTags); the chosen one stays chosen.
    void setTags(const QStringList &tags);
    void setCountText(const QString &text);

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit *m_search;
    QComboBox *m_consent;
    QComboBox *m_tag;
    QLabel *m_count;
    QTimer *m_searchDelay;
};

} // namespace megaphone
