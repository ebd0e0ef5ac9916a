#include "SandboxHost.h"

#include "SandboxServer.h"

#include <QMutex>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct HostState
{
    QMutex mutex;
    SandboxOptions options;
    QPointer<SandboxServer> server;
};

HostState &state()
{
    static HostState s;
    return s;
}

} // namespace

void SandboxHost::configure(const SandboxOptions &options)
{
    QMutexLocker lock(&state().mutex);
    state().options = options;
}

void SandboxHost::setWebhooks(const QUrl &url, const QString &appSecret)
{
    QMutexLocker lock(&state().mutex);
    state().options.webhookUrl = url;
    state().options.appSecret = appSecret;
    if (SandboxServer *server = state().server)
        QMetaObject::invokeMethod(server, [server, url, appSecret] {
            server->setWebhooks(url, appSecret);
        });
}

SandboxServer *SandboxHost::server()
{
    QMutexLocker lock(&state().mutex);
    return state().server;
}

Result<QUrl> SandboxHost::baseUrl()
{
    const QByteArray external = qgetenv("MEGAPHONE_SANDBOX_URL");
    if (!external.isEmpty()) {
        const QUrl url(QString::fromUtf8(external));
        if (!url.isValid() || url.host().isEmpty())
            return makeError(u"sandbox"_s,
                tr("MEGAPHONE_SANDBOX_URL is not a URL: %1").arg(QString::fromUtf8(external)));
        return url;
    }
    QMutexLocker lock(&state().mutex);
    if (!state().server) {
        auto *server = new SandboxServer(state().options);
        if (auto listening = server->listen(); !listening) {
            delete server;
            return listening.error();
        }
        // It serves from the application's thread whichever thread asked first (a
        // dispatcher's, say), and ends with the application.
        QCoreApplication *app = QCoreApplication::instance();
        if (app && server->thread() != app->thread())
            server->moveToThread(app->thread());
        if (app)
            QObject::connect(app, &QCoreApplication::aboutToQuit, server, &QObject::deleteLater);
        state().server = server;
    }
    return state().server->baseUrl();
}

} // namespace megaphone
