#pragma once

#include "AccountSecrets.h"
#include "Provider.h"
#include "TemplateRenderer.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace megaphone::test {

// Runs one asynchronous provider call to its end (or 20 s) and returns its result.
template<typename T, typename Start> std::optional<T> waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    start([&](const T &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

inline std::optional<SendOutcome> sendAndWait(Provider &provider, const OutgoingMessage &message)
{
    return waitFor<SendOutcome>([&](auto done) { provider.send(message, done); });
}

// Sends `rendered` to the test number +4915123456789 and waits for the outcome.
inline std::optional<SendOutcome> sendTo(Provider &provider, const RenderedMessage &rendered,
    qint64 recipientId = 0, const QString &templateRemoteId = {})
{
    OutgoingMessage message;
    message.recipientId = recipientId;
    message.toE164 = QStringLiteral("+4915123456789");
    message.rendered = &rendered;
    message.templateRemoteId = templateRemoteId;
    return sendAndWait(provider, message);
}

// The sandbox's spring_sale template (image header, two body values, a URL suffix).
inline RenderedMessage springSale()
{
    RenderedMessage m;
    m.templateName = QStringLiteral("spring_sale");
    m.language = QStringLiteral("en_US");
    m.components = QJsonArray {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
            { QStringLiteral("parameters"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("image") },
                    { QStringLiteral("image"),
                        QJsonObject { { QStringLiteral("link"),
                            QStringLiteral("https://example.com/spring.jpg") } } } } } } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("body") },
            { QStringLiteral("parameters"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                 { QStringLiteral("text"), QStringLiteral("Maria") } },
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                        { QStringLiteral("text"), QStringLiteral("25%") } } } } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("button") },
            { QStringLiteral("sub_type"), QStringLiteral("url") },
            { QStringLiteral("index"), QStringLiteral("0") },
            { QStringLiteral("parameters"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                    { QStringLiteral("text"), QStringLiteral("spring") } } } } }
    };
    m.contentVariables = QJsonObject { { QStringLiteral("1"), QStringLiteral("Maria") },
        { QStringLiteral("2"), QStringLiteral("25%") } };
    m.text = QStringLiteral("Hi Maria! Our spring sale starts today: 25% off everything.");
    m.mediaUrl = QStringLiteral("https://example.com/spring.jpg");
    return m;
}

} // namespace megaphone::test
