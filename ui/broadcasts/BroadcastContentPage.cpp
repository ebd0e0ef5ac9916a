#include "BroadcastContentPage.h"

#include "BroadcastDraft.h"
#include "ContactStore.h"
#include "ParameterMappingTable.h"
#include "SampleMessagePreview.h"
#include "TemplatePicker.h"
#include "templates/BubblePainter.h"
#include "templates/TemplateListModel.h"
#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int kSampleContacts = 8;
constexpr int kAttributeSample = 10000; // newest contacts whose attribute names are offered
constexpr int kCheckDelayMs = 250; // typing a fallback checks once, after a pause
constexpr int kPreviewWidth = 380;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

BroadcastContentPage::BroadcastContentPage(const BroadcastWizardContext &context, QWidget *parent)
    : BroadcastStepPage(context, parent), m_picker(new TemplatePicker(db(), this)),
      m_table(new ParameterMappingTable(this)), m_mediaRow(new QWidget(this)),
      m_mediaUrl(new QLineEdit(m_mediaRow)),
      m_mediaProblem(fieldProblemLabel(u"mediaProblem"_s, this)), m_noParameters(new QLabel(this)),
      m_preview(new SampleMessagePreview(this)), m_checkTimer(new QTimer(this))
{
    setObjectName(u"broadcastContentPage"_s);
    setTitle(tr("Write the message"));
    setSubTitle(tr("Choose an approved template and fill in its variables from your contacts."));
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildMapping(), 1);
    columns->addSpacing(12);
    QWidget *preview = buildPreview();
    preview->setFixedWidth(kPreviewWidth);
    columns->addWidget(preview);
    body()->addWidget(m_picker);
    body()->addLayout(columns, 1);

    connect(m_picker, &TemplatePicker::loaded, this, &BroadcastContentPage::showTemplate);
    connect(m_picker, &TemplatePicker::chosen, this, &BroadcastContentPage::templateChosen);
    connect(m_table, &ParameterMappingTable::edited, this, &BroadcastContentPage::mappingEdited);
    connect(m_mediaUrl, &QLineEdit::textChanged, this, &BroadcastContentPage::mappingEdited);
    connect(m_checkTimer, &QTimer::timeout, this, &BroadcastContentPage::runCheck);
    connect(draft(), &BroadcastDraft::loaded, this, [this] {
        m_shownTemplate = -1;
        initializePage();
    });
    connect(draft(), &BroadcastDraft::audienceChanged, this, [this] {
        m_sideDataLoaded = false;
        scheduleCheck();
    });
    updateBlocker();
}

QWidget *BroadcastContentPage::buildMapping()
{
    m_mediaUrl->setObjectName(u"mediaUrl"_s);
    m_mediaUrl->setPlaceholderText(u"https://example.com/spring-banner.jpg"_s);
    m_noParameters->setObjectName(u"noParameters"_s);
    m_noParameters->setText(tr("This template has no variables: everyone gets the same message."));
    m_noParameters->setForegroundRole(QPalette::PlaceholderText);
    m_noParameters->hide();
    auto *media = new QHBoxLayout(m_mediaRow);
    media->setContentsMargins(0, 0, 0, 0);
    auto *mediaLabel = new QLabel(m_mediaRow);
    mediaLabel->setObjectName(u"mediaLabel"_s);
    media->addWidget(mediaLabel);
    media->addWidget(m_mediaUrl, 1);
    m_mediaRow->hide();

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Variables"), box));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_noParameters);
    layout->addWidget(m_mediaRow);
    layout->addWidget(m_mediaProblem);
    return box;
}

QWidget *BroadcastContentPage::buildPreview()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Preview"), box));
    layout->addWidget(m_preview, 1);
    return box;
}

QString BroadcastContentPage::fieldNoun(const QString &field)
{
    static const QHash<QString, const char *> nouns{
        {u"first_name"_s, QT_TR_NOOP("first name")}, {u"last_name"_s, QT_TR_NOOP("last name")},
        {u"display_name"_s, QT_TR_NOOP("name")}, {u"phone"_s, QT_TR_NOOP("phone number")},
        {u"email"_s, QT_TR_NOOP("email address")}, {u"country"_s, QT_TR_NOOP("country")},
        {u"birthday"_s, QT_TR_NOOP("birthday")}, {u"language"_s, QT_TR_NOOP("language")},
        {u"time_zone"_s, QT_TR_NOOP("time zone")}};
    const auto noun = nouns.constFind(field);
    return noun == nouns.cend() ? field : tr(*noun);
}

void BroadcastContentPage::initializePage()
{
    m_picker->setAccount(draft()->accountId());
    if (!m_picker->isLoaded())
        m_picker->reload();
    loadSideData();
    showTemplate();
}

// The attribute names (once) and a few contacts of the audience (when it changed).
void BroadcastContentPage::loadSideData()
{
    if (m_sideDataLoaded)
        return;
    m_sideDataLoaded = true;
    runInBackground(
        this,
        [db = db(), audience = draft()->audience()]() {
            return std::make_pair(ContactStore(db).attributeKeys(kAttributeSample),
                                  MappingCheck(db).sampleContacts(audience, kSampleContacts));
        },
        [this](const std::pair<Result<QStringList>, Result<QList<Contact>>> &side) {
            if (side.first)
                m_table->setAttributeKeys(side.first.value());
            m_preview->setContacts(side.second ? side.second.value() : QList<Contact>());
        });
}

void BroadcastContentPage::templateChosen(qint64 templateId)
{
    const TemplateEntry *entry = m_picker->entry(templateId);
    if (!entry)
        return;
    // Bindings of parameters the new template shares with the old one are kept.
    const TemplateMapping old = draft()->mapping();
    TemplateMapping kept;
    for (const TemplateParameter &parameter : entry->message.parameters()) {
        if (old.bindings.contains(parameter.id))
            kept.bindings.insert(parameter.id, old.bindings.value(parameter.id));
    }
    if (entry->message.hasMediaHeader())
        kept.headerMediaUrl = old.headerMediaUrl;
    draft()->setTemplateId(templateId);
    draft()->setMapping(kept);
    showTemplate();
}

// Shows the draft's template with its mapping, if it is one of the account's.
void BroadcastContentPage::showTemplate()
{
    const TemplateEntry *entry = m_picker->entry(draft()->templateId());
    if (entry && entry->record.accountId != draft()->accountId())
        entry = nullptr;
    m_message = entry ? std::optional(entry->message) : std::nullopt;
    const qint64 shown = entry ? entry->record.id : 0;
    if (shown != m_shownTemplate && m_picker->isLoaded()) {
        m_shownTemplate = shown;
        const TemplateMapping mapping = draft()->mapping();
        const QSignalBlocker blocker(m_mediaUrl);
        m_table->setTemplate(m_message.value_or(MessageTemplate()), mapping);
        m_mediaUrl->setText(mapping.headerMediaUrl);
        m_picker->select(shown);
    }
    const bool media = m_message && m_message->hasMediaHeader();
    m_mediaRow->setVisible(media);
    if (media) {
        m_mediaRow->findChild<QLabel *>(u"mediaLabel"_s)->setText(
            tr("%1 link for the header").arg(BubblePainter::mediaLabel(m_message->headerFormat)));
    }
    m_table->setVisible(m_table->rowCount() > 0 || !m_message);
    m_noParameters->setVisible(m_message && m_table->rowCount() == 0);
    m_preview->setMessage(m_message, currentMapping());
    scheduleCheck();
}

TemplateMapping BroadcastContentPage::currentMapping() const
{
    TemplateMapping mapping;
    mapping.bindings = m_table->bindings();
    if (m_message && m_message->hasMediaHeader())
        mapping.headerMediaUrl = m_mediaUrl->text().trimmed();
    return mapping;
}

void BroadcastContentPage::mappingEdited()
{
    if (!m_message)
        return;
    const TemplateMapping mapping = currentMapping();
    draft()->setMapping(mapping);
    m_preview->setMessage(m_message, mapping);
    scheduleCheck();
}

void BroadcastContentPage::scheduleCheck()
{
    ++m_checkGeneration;
    m_checkError.clear();
    m_checking = m_message && !MappingCheck::countable(*m_message, currentMapping()).isEmpty();
    if (!m_checking)
        m_gaps = {};
    if (m_checking)
        m_checkTimer->start();
    updateBlocker();
}

void BroadcastContentPage::runCheck()
{
    if (!m_message)
        return;
    const quint64 generation = m_checkGeneration;
    runInBackground(
        this,
        [check = MappingCheck(db()), message = *m_message, mapping = currentMapping(),
         audience = draft()->audience()]() mutable {
            return check.emptyCounts(message, mapping, audience);
        },
        [this, generation](const Result<MappingGaps> &gaps) {
            if (generation != m_checkGeneration)
                return; // the mapping changed meanwhile: a newer check follows
            m_checking = false;
            m_gaps = gaps ? gaps.value() : MappingGaps();
            m_checkError = gaps ? QString() : gaps.error().message;
            updateBlocker();
        });
}

QString BroadcastContentPage::parameterLabel(const QString &id) const
{
    for (const TemplateParameter &parameter : m_message->parameters()) {
        if (parameter.id == id)
            return ParameterMappingTable::parameterLabel(parameter, *m_message);
    }
    return id;
}

QString BroadcastContentPage::mediaProblem() const
{
    if (!m_message || !m_message->hasMediaHeader())
        return {};
    const QString text = m_mediaUrl->text().trimmed();
    if (text.isEmpty())
        return tr("Give the link of the %1 shown above the message.")
            .arg(BubblePainter::mediaLabel(m_message->headerFormat).toLower());
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return tr("The media link must be a full address starting with https://.");
    return {};
}

QString BroadcastContentPage::emptyProblem() const
{
    const TemplateMapping mapping = currentMapping();
    for (const QString &id : MappingCheck::countable(*m_message, mapping)) {
        const qint64 empty = m_gaps.emptyFor.value(id);
        if (empty <= 0)
            continue;
        const ParameterBinding binding = mapping.bindings.value(id);
        const QString what = binding.source == ParameterBinding::Source::ContactField
                                 ? fieldNoun(binding.value)
                                 : tr("\"%1\"").arg(binding.value);
        return tr("%n contact(s) have no %1: add a fallback for %2.", nullptr,
                  int(std::min<qint64>(empty, INT_MAX)))
            .arg(what, parameterLabel(id));
    }
    return {};
}

void BroadcastContentPage::updateBlocker()
{
    QStringList unmapped = m_message ? MappingCheck::unmapped(*m_message, currentMapping()) : QStringList();
    unmapped.removeAll(u"header.media"_s); // the media link field says it
    m_table->showChecks(unmapped, m_gaps.emptyFor, m_checking);
    const QString media = mediaProblem();
    showFieldProblem(m_mediaProblem, media);
    if (!m_picker->isLoaded())
        return setBlocker(tr("Reading templates..."), true);
    if (draft()->accountId() <= 0)
        return setBlocker(tr("Choose the number to send from in the first step."));
    if (!m_message)
        return setBlocker(tr("Choose an approved template."));
    if (!m_message->isSendable())
        return setBlocker(tr("The template \"%1\" is %2: choose an approved one.")
                              .arg(m_message->name,
                                   StatusText::templateStatus(m_message->status).toLower()));
    if (!unmapped.isEmpty())
        return setBlocker(unmapped.size() == 1
                              ? tr("Choose a value for %1.").arg(parameterLabel(unmapped.first()))
                              : tr("Choose a value for %1 and %n more variable(s).", nullptr,
                                   int(unmapped.size() - 1))
                                    .arg(parameterLabel(unmapped.first())));
    if (!media.isEmpty())
        return setBlocker(media);
    if (m_checking)
        return setBlocker(tr("Checking that every contact gets a value..."), true);
    if (!m_checkError.isEmpty())
        return setBlocker(m_checkError);
    setBlocker(emptyProblem());
}

} // namespace megaphone
