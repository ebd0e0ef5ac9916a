#pragma once

#include <QByteArray>
#include <QIODevice>

namespace megaphone {

// A request body that can be read exactly once, front to back. Given to
// QNetworkAccessManager with DoNotBufferUploadDataAttribute, it stops Qt from
// re-sending a request by itself: Qt would need to rewind the body, reset() refuses,
// and the reply fails with QNetworkReply::ContentReSendError instead.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    qint64 size() const override { return m_data.size(); }
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace megaphone
