#pragma once

#include "BroadcastStepPage.h"
#include "MappingCheck.h"

#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QWidget;

namespace megaphone {

class ParameterMappingTable;
class SampleMessagePreview;
class TemplatePicker;

// Step 3 of the Broadcast Builder: the template (the account's approved ones, as the
// Templates page shows them), where each of its parameters comes from with a fallback,
// the media link of a media header, and a live preview for a contact of the audience.
// Next stays disabled, saying why, while a required parameter has no value or would be
// empty for some contacts of the audience (counted in the database, off the GUI thread).
class BroadcastContentPage : public BroadcastStepPage
{
    Q_OBJECT

public:
    BroadcastContentPage(const BroadcastWizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    // The last counts of empty values, once the check for the current mapping is in.
    bool isChecking() const { return m_checking; }
    const MappingGaps &gaps() const { return m_gaps; }

    // "first name" for first_name, as a sentence says it.
    static QString fieldNoun(const QString &field);

private:
    QWidget *buildMapping();
    QWidget *buildPreview();
    void loadSideData();
    void templateChosen(qint64 templateId);
    void showTemplate();
    void mappingEdited();
    TemplateMapping currentMapping() const;
    void scheduleCheck();
    void runCheck();
    void updateBlocker();
    QString emptyProblem() const;
    QString mediaProblem() const;
    QString parameterLabel(const QString &id) const;

    TemplatePicker *m_picker;
    ParameterMappingTable *m_table;
    QWidget *m_mediaRow;
    QLineEdit *m_mediaUrl;
    QLabel *m_mediaProblem;
    QLabel *m_noParameters;
    SampleMessagePreview *m_preview;
    QTimer *m_checkTimer;
    std::optional<MessageTemplate> m_message;
    qint64 m_shownTemplate = -1;
    MappingGaps m_gaps;
    bool m_checking = false;
    quint64 m_checkGeneration = 0;
    bool m_sideDataLoaded = false;
    QString m_checkError;
};

} // namespace megaphone
