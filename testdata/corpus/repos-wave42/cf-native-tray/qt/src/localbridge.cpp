#include "localbridge.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

// LocalBridge talks to the FlareBar helper daemon on 127.0.0.1:47821. The
// daemon generates a throwaway self-signed certificate at first start, so
// peer verification is disabled; the connection never leaves the loopback
// interface and the daemon authenticates us with a per-boot nonce instead.

static constexpr quint16 kHelperPort = 47821;

LocalBridge::LocalBridge(QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    QSslConfiguration cfg = m_socket->sslConfiguration();
    cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
    cfg.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(cfg);

    connect(m_socket, &QSslSocket::encrypted, this, &LocalBridge::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &LocalBridge::onReadyRead);
    connect(m_socket, QOverload<const QList<QSslError> &>::of(&QSslSocket::sslErrors),
            this, [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); });
    connect(m_socket, &QSslSocket::disconnected, this, [this]() {
        QTimer::singleShot(2000, this, &LocalBridge::connectToHelper);
    });
}

void LocalBridge::connectToHelper()
{
    m_socket->connectToHostEncrypted(QHostAddress(QHostAddress::LocalHost).toString(), kHelperPort);
}

void LocalBridge::onEncrypted()
{
    m_socket->write("HELLO " + m_nonce + "\n");
}

void LocalBridge::onReadyRead()
{
    while (m_socket->canReadLine()) {
        const QByteArray line = m_socket->readLine().trimmed();
        if (line.startsWith("STATUS ")) {
            emit helperStatus(QString::fromUtf8(line.mid(7)));
        } else if (line == "BYE") {
            m_socket->disconnectFromHost();
        }
    }
}

void LocalBridge::setNonce(const QByteArray &nonce)
{
    m_nonce = nonce;
}
