#include "ImportPreviewPage.h"

#include "widgets/RunInBackground.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Cells longer than this are cut in the preview (the import reads them whole).
constexpr qsizetype kCellChars = 80;

QString shortCell(const QString &text)
{
    QString cell = text.simplified();
    if (cell.size() > kCellChars)
        cell = cell.left(kCellChars - 1) + u'\u2026';
    return cell;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_header(new QCheckBox(this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as Megaphone reads them. If the columns or letters look "
                   "wrong, change how the file is read."));

    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("UTF-8 (most files)"), u"UTF-8"_s);
    m_encoding->addItem(tr("UTF-16, little-endian"), u"UTF-16LE"_s);
    m_encoding->addItem(tr("UTF-16, big-endian"), u"UTF-16BE"_s);
    m_encoding->addItem(tr("Windows-1252 (older Excel)"), u"Windows-1252"_s);
    m_encoding->addItem(tr("ISO-8859-1 (Latin-1)"), u"ISO-8859-1"_s);

    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->addItem(tr("Comma  ,"), QString(u','));
    m_delimiter->addItem(tr("Semicolon  ;"), QString(u';'));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    m_delimiter->addItem(tr("Vertical bar  |"), QString(u'|'));

    m_header->setObjectName(u"headerCheck"_s);
    m_header->setText(tr("The first row holds column names"));

    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);

    m_table->setObjectName(u"previewTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setHighlightSections(false);

    auto *options = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Text encoding:"), m_encoding);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Columns separated by:"), m_delimiter);
    options->addLayout(form);
    options->addSpacing(16);
    options->addLayout(form2);
    options->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_header);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionChanged);
    connect(m_header, &QCheckBox::toggled, this, &ImportPreviewPage::optionChanged);
}

void ImportPreviewPage::initializePage()
{
    readAgain();
}

void ImportPreviewPage::optionChanged()
{
    if (m_filling)
        return;
    m_session.reader.encoding = m_encoding->currentData().toString();
    if (!m_session.preview.vCard) {
        m_session.reader.delimiter = m_delimiter->currentData().toString().front();
        m_session.reader.hasHeader = m_header->isChecked();
    }
    readAgain();
}

void ImportPreviewPage::readAgain()
{
    m_loaded = false;
    Q_EMIT completeChanged();
    m_status->setText(tr("Reading the file\u2026"));
    const quint64 generation = ++m_generation;
    runInBackground(
        this,
        [path = m_session.path, options = m_session.reader] {
            return ImportSession::readPreview(path, options);
        },
        [this, generation](const Result<ImportPreview> &preview) {
            if (generation == m_generation)
                showPreview(preview);
        });
}

void ImportPreviewPage::showPreview(const Result<ImportPreview> &preview)
{
    if (!preview) {
        m_status->setText(preview.error().message);
        m_status->setStyleSheet(u"color: #d32f2f;"_s);
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    m_status->setStyleSheet({});
    m_session.preview = preview.value();
    const ImportPreview &p = m_session.preview;

    m_filling = true;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(p.encoding)));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(p.delimiter))));
    m_header->setChecked(p.hasHeader);
    m_delimiter->setEnabled(!p.vCard);
    m_header->setEnabled(!p.vCard);
    m_filling = false;

    fillTable();
    const QLocale locale;
    QString status;
    if (p.vCard)
        status = tr("A vCard file: each card is one row.");
    else if (p.records.isEmpty())
        status = tr("The file has no rows below its column names.");
    else
        status = tr("The first %1 rows:").arg(locale.toString(qint64(p.records.size())));
    m_status->setText(status);
    m_loaded = !p.header.isEmpty();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::fillTable()
{
    const ImportPreview &p = m_session.preview;
    m_table->clear();
    m_table->setColumnCount(int(p.header.size()));
    m_table->setHorizontalHeaderLabels(p.header);
    m_table->setRowCount(int(p.records.size()));
    QStringList rowNumbers;
    const QLocale locale;
    for (int r = 0; r < p.records.size(); ++r) {
        const SourceRecord &record = p.records.at(r);
        rowNumbers.append(locale.toString(record.row));
        for (int c = 0; c < p.header.size(); ++c) {
            auto *item = new QTableWidgetItem(shortCell(record.fields.value(c)));
            item->setToolTip(record.problem.isEmpty() ? record.fields.value(c) : record.problem);
            if (!record.problem.isEmpty())
                item->setForeground(QColor(0xd3, 0x2f, 0x2f));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowNumbers);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded;
}

} // namespace megaphone
