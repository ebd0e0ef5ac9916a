#pragma once

#include "PortfolioStore.h"

#include <QGroupBox>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace megaphone {

class Database;
class MessageLabel;

// Meta business portfolios and their messaging tiers (unique users per rolling
// 24 hours, shared by every number of the portfolio): list, add, rename, set the
// tier, remove. Store calls run on a background thread.
class PortfoliosSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PortfoliosSection(std::shared_ptr<const Database> db, QWidget *parent = nullptr);

    void refresh();
    const QList<Portfolio> &portfolios() const { return m_portfolios; }

    // 250 ... 100000, and -1 for unlimited (as Meta reports it).
    static QList<int> tiers();
    static QString tierText(int tier);

    void addPortfolio();
    void saveSelected();
    void removeSelected();

Q_SIGNALS:
    void portfoliosChanged(const QList<Portfolio> &portfolios);

private:
    void showPortfolios(const Result<QList<Portfolio>> &portfolios);
    void fillForm();
    int selectedRow() const;
    Portfolio formValues() const;
    void run(std::function<Result<void>()> work, const QString &doneText);

    std::shared_ptr<const Database> m_db;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_tier;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
    MessageLabel *m_message;
    QList<Portfolio> m_portfolios;
    quint64 m_generation = 0;
};

} // namespace megaphone
