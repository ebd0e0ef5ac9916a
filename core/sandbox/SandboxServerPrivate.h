#pragma once

// The state SandboxServer.cpp and SandboxSend.cpp share.
#include "HttpServer.h"
#include "SandboxServer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <memory>

namespace megaphone {

class SandboxWebhooks;

constexpr qint64 sandboxDayMs = 24 * 3600 * 1000;

struct SandboxServer::Private
{
    SandboxOptions options;
    HttpServer *server = nullptr;
    SandboxWebhooks *webhooks = nullptr;
    QRandomGenerator random;
    QJsonArray templates;
    QList<AcceptedMessage> accepted;
    QSet<QString> acceptedKeys;
    int duplicates = 0;
    int requests = 0;
    std::deque<qint64> lastSecond; // accept times inside the last second
    QHash<QString, qint64> tierRecipients; // recipient -> first message in the window
    QList<HttpResponder> hanging; // the "timeout" failure: never answered
    std::unique_ptr<QFile> log;
    quint64 nextId = 1;
};

} // namespace megaphone
