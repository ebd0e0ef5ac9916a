#pragma once

#include <QGroupBox>

class QComboBox;

namespace megaphone {

class MessageLabel;
class Preferences;

// The language of the interface, kept per computer in Preferences; applies when
// Megaphone starts again.
class LanguageSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageSection(Preferences *preferences, QWidget *parent = nullptr);

    // Language codes offered, "" first (the system's language).
    static QStringList codes();

private:
    void choose(int index);

    Preferences *m_preferences;
    QComboBox *m_language;
    MessageLabel *m_message;
};

} // namespace megaphone
