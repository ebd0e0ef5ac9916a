#include "BroadcastCommands.h"

#include "BroadcastControl.h"
#include "BroadcastCopy.h"
#include "Clock.h"
#include "RecipientReport.h"
#include "widgets/Dialogs.h"
#include "widgets/LongJobs.h"
#include "widgets/RunInBackground.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QString quoted(const QString &name)
{
    return QCoreApplication::translate("megaphone::BroadcastCommands", "\u201c%1\u201d").arg(name);
}

// A name that is safe as a file name on every system.
QString fileStem(const QString &name)
{
    QString stem;
    for (QChar c : name)
        stem += c.isLetterOrNumber() ? c : u'-';
    return stem.isEmpty() ? u"broadcast"_s : stem;
}

} // namespace

BroadcastCommands::BroadcastCommands(std::shared_ptr<const Database> db, QWidget *dialogParent)
    : QObject(dialogParent), m_db(std::move(db)), m_parent(dialogParent)
{
}

void BroadcastCommands::run(BroadcastActions::Kind kind, const BroadcastSummary &b)
{
    if (!BroadcastActions::allows(kind, b))
        return;
    const qint64 id = b.id;
    const QString name = quoted(b.name);
    switch (kind) {
    case BroadcastActions::Open:
        Q_EMIT openRequested(id);
        break;
    case BroadcastActions::SendNow:
        sendNow(b);
        break;
    case BroadcastActions::Pause:
        perform(tr("Cannot pause %1").arg(name), [db = m_db, id, name]() -> Result<QString> {
            if (auto paused = BroadcastControl(db).pause(id, {}); !paused)
                return paused.error();
            return tr("%1 is paused. Resume it when you are ready.").arg(name);
        });
        break;
    case BroadcastActions::Resume:
        perform(tr("Cannot resume %1").arg(name), [db = m_db, id, name]() -> Result<QString> {
            if (auto resumed = BroadcastControl(db).resume(id); !resumed)
                return resumed.error();
            return tr("%1 goes on sending.").arg(name);
        });
        break;
    case BroadcastActions::Cancel:
        cancel(b);
        break;
    case BroadcastActions::RetryFailed:
    case BroadcastActions::RetryUnknown:
        retry(b, kind == BroadcastActions::RetryUnknown);
        break;
    case BroadcastActions::Duplicate:
        duplicate(b);
        break;
    case BroadcastActions::ExportReport:
        exportReport(b);
        break;
    case BroadcastActions::KindCount:
        break;
    }
}

void BroadcastCommands::perform(const QString &failure, Work work)
{
    ++m_busy;
    runInBackground(this, std::move(work), [this, failure](const Result<QString> &result) {
        --m_busy;
        if (result) {
            Q_EMIT succeeded(result.value().toHtmlEscaped());
        } else {
            Dialogs::warning(m_parent, failure, result.error().message);
            Q_EMIT failed(result.error().message);
        }
        Q_EMIT changed();
    });
}

void BroadcastCommands::sendNow(const BroadcastSummary &b)
{
    const QString name = quoted(b.name);
    if (!Dialogs::confirm(m_parent, tr("Send Now"),
                          tr("The scheduled time of %1 was missed. Send it to its recipients now?")
                              .arg(name),
                          tr("Send Now")))
        return;
    perform(tr("Cannot send %1").arg(name), [db = m_db, id = b.id, name]() -> Result<QString> {
        auto started = BroadcastControl(db).confirm(id, Clock::nowMs());
        if (!started)
            return started.error();
        return tr("%1 is sending to %n recipient(s).", nullptr, int(started->counts.pending))
            .arg(name);
    });
}

void BroadcastCommands::cancel(const BroadcastSummary &b)
{
    const QString name = quoted(b.name);
    if (!Dialogs::confirm(m_parent, tr("Cancel Broadcast"),
                          tr("Cancel %1? Recipients who have not been sent the message yet will "
                             "not get it. This cannot be undone.")
                              .arg(name),
                          tr("Cancel Broadcast")))
        return;
    perform(tr("Cannot cancel %1").arg(name), [db = m_db, id = b.id, name]() -> Result<QString> {
        if (auto cancelled = BroadcastControl(db).cancel(id); !cancelled)
            return cancelled.error();
        return tr("%1 is cancelled.").arg(name);
    });
}

void BroadcastCommands::retry(const BroadcastSummary &b, bool unknown)
{
    const QString name = quoted(b.name);
    if (unknown
        && !Dialogs::confirm(m_parent, tr("Retry Unknown"),
                             tr("For these recipients nobody knows whether the message arrived: "
                                "some may get it twice. Send %1 to them again?")
                                 .arg(name),
                             tr("Send Again")))
        return;
    perform(tr("Cannot retry %1").arg(name), [db = m_db, id = b.id, name, unknown]() -> Result<QString> {
        BroadcastControl control(db);
        auto queued = unknown ? control.retryUnknown(id) : control.retryFailed(id);
        if (!queued)
            return queued.error();
        if (queued.value() == 0 && !unknown)
            return tr("None of the failed recipients of %1 can be sent again: each was refused "
                      "for good (see the report for the reasons).")
                .arg(name);
        return tr("%n recipient(s) of %1 are queued again.", nullptr, queued.value()).arg(name);
    });
}

void BroadcastCommands::duplicate(const BroadcastSummary &b)
{
    ++m_busy;
    runInBackground(
        this, [db = m_db, id = b.id] { return BroadcastCopy(db).duplicate(id); },
        [this, name = quoted(b.name)](const Result<qint64> &copy) {
            --m_busy;
            if (!copy) {
                Dialogs::warning(m_parent, tr("Cannot duplicate %1").arg(name), copy.error().message);
                Q_EMIT failed(copy.error().message);
                return;
            }
            Q_EMIT succeeded(tr("A copy of %1 is saved as a draft.").arg(name).toHtmlEscaped());
            Q_EMIT duplicated(copy.value());
            Q_EMIT changed();
        });
}

void BroadcastCommands::exportReport(const BroadcastSummary &b)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::getSaveFileName(
        m_parent, tr("Export Report"),
        QDir(folder).filePath(tr("%1-report.csv", "a report's file name").arg(fileStem(b.name))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(b, path);
}

void BroadcastCommands::exportTo(const BroadcastSummary &b, const QString &path)
{
    ++m_busy;
    auto work = [db = m_db, id = b.id, path]() -> Result<qint64> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(u"io"_s, tr("Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        auto written = RecipientReport(db).write(id, &file);
        if (!written) {
            file.cancelWriting();
            return written;
        }
        if (!file.commit())
            return makeError(u"io"_s, tr("Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        return written;
    };
    runInPool(longJobPool(), this, std::move(work),
              [this, path, name = quoted(b.name)](const Result<qint64> &written) {
                  --m_busy;
                  if (!written) {
                      Dialogs::warning(m_parent, tr("Cannot export the report of %1").arg(name),
                                       written.error().message);
                      Q_EMIT failed(written.error().message);
                      return;
                  }
                  const QString folder = QFileInfo(path).absolutePath();
                  Q_EMIT succeeded(
                      tr("The report of %1 (%n recipient(s)) is saved as <a href=\"%2\">%3</a>.",
                         nullptr, int(written.value()))
                          .arg(name.toHtmlEscaped(), QUrl::fromLocalFile(folder).toString(),
                               QDir::toNativeSeparators(path).toHtmlEscaped()));
              });
}

} // namespace megaphone
