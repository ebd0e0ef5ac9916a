#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace megaphone {

// One kind of failure the sandbox injects, with its probability per message.
struct SandboxFailure
{
    enum class Kind {
        Error, // answer at once with the Meta error `code`
        AsyncError, // accept, then report `code` in a failed status webhook
        Timeout, // accept the request and never answer
        Drop, // close the connection after reading the request
    };
    Kind kind = Kind::Error;
    int code = 0;
    double probability = 0;
};

// What `megaphone-cli sandbox serve` takes (DESIGN.md sections 4 and 8).
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    int latencyMs = 0;
    int jitterMs = 0;
    int mps = 80; // throughput limit; above it: 130429. 0: no limit
    int tier = 0; // unique recipients per rolling 24 h; 0: unlimited
    QList<SandboxFailure> failures;
    QUrl webhookUrl; // where signed status webhooks go; empty: none
    QString appSecret; // signs the webhooks (X-Hub-Signature-256)
    QString accessToken; // when set, requests must carry it; else any token is accepted
    QString phoneNumberId = QStringLiteral("100000000000001");
    QString wabaId = QStringLiteral("200000000000001");
    QString displayNumber = QStringLiteral("+1 555 010 0001");
    QString verifiedName = QStringLiteral("Megaphone Sandbox");
    int templatePageSize = 100; // the largest page the template list returns
    int statusDelayMs = 200; // between accepted and sent, sent and delivered...
    QString logFile; // JSON lines of every accepted message, when set
    quint32 seed = 0; // random seed; 0: from the clock

    // "131026:0.02,130429:0.01,timeout:0.005,drop:0.005,async-131049:0.01"
    static Result<QList<SandboxFailure>> parseFailures(const QString &spec);
};

} // namespace megaphone
