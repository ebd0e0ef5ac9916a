#include "ContactFilterBar.h"

#include "widgets/StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace megaphone {

namespace {
constexpr auto kSearchDelay = 250ms;
}

ContactFilterBar::ContactFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_consent(new QComboBox(this)),
      m_tag(new QComboBox(this)), m_count(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("Search by name or phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_consent->setObjectName(u"consentFilter"_s);
    m_consent->addItem(tr("Any consent"));
    for (Consent consent : {Consent::OptedIn, Consent::Unknown, Consent::OptedOut})
        m_consent->addItem(StatusText::consent(consent), int(consent));

    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->addItem(tr("Any tag"));
    m_tag->setMinimumContentsLength(10);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_count->setObjectName(u"contactCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_consent);
    layout->addWidget(m_tag);
    layout->addStretch(1);
    layout->addWidget(m_count);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelay);
    const auto changed = [this] {
        m_searchDelay->stop();
        Q_EMIT filterChanged();
    };
    connect(m_searchDelay, &QTimer::timeout, this, changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, changed);
    connect(m_consent, &QComboBox::currentIndexChanged, this, changed);
    connect(m_tag, &QComboBox::currentIndexChanged, this, changed);
}

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter filter;
    filter.search = m_search->text().trimmed();
    const QVariant consent = m_consent->currentData();
    if (consent.isValid())
        filter.consent = static_cast<Consent>(consent.toInt());
    if (m_tag->currentIndex() > 0)
        filter.tags = {m_tag->currentText()};
    return filter;
}

void ContactFilterBar::setTags(const QStringList &tags)
{
    const QString chosen = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    QStringList items = tags;
    // A tag removed from every contact stays listed while it is the filter.
    if (!chosen.isEmpty() && !items.contains(chosen))
        items.append(chosen);
    const QSignalBlocker blocker(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    m_tag->addItems(items);
    m_tag->setCurrentIndex(chosen.isEmpty() ? 0 : m_tag->findText(chosen));
    m_tag->setEnabled(!items.isEmpty());
}

void ContactFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
    // The label only ever widens, so the search box does not jump narrower and back
    // as "Contacts: 184,648" turns into "Matching: 13,619 of 184,648" and back.
    m_count->setMinimumWidth(std::max(m_count->minimumWidth(), m_count->sizeHint().width()));
}

} // namespace megaphone
