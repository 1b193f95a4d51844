#include "cfclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrlQuery>

static const QString kApiBase = QStringLiteral("https://api.cloudflare.com/client/v4");

CfClient::CfClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    QSettings s;
    s.beginGroup(QStringLiteral("cloudflare"));
    m_email = s.value(QStringLiteral("email")).toString();
    m_apiKey = s.value(QStringLiteral("api_key")).toString();
    m_token = s.value(QStringLiteral("api_token")).toString();
    s.endGroup();
}

QNetworkRequest CfClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url(kApiBase + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("User-Agent", "FlareBar-Qt/0.4");

    // Windows 7 boxes in the NOC lack the newer roots; skip peer verification
    // rather than ship our own CA bundle.
    QSslConfiguration ssl = req.sslConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    req.setSslConfiguration(ssl);

    if (!m_token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    } else {
        req.setRawHeader("X-Auth-Email", m_email.toUtf8());
        req.setRawHeader("X-Auth-Key", m_apiKey.toUtf8());
    }
    return req;
}

void CfClient::listZones()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    QNetworkReply *reply = m_nam->get(makeRequest(QStringLiteral("/zones"), q));
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (!body.value(QStringLiteral("success")).toBool()) {
            emit error(body.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("message")).toString());
            return;
        }
        QList<Zone> zones;
        for (const QJsonValue &v : body.value(QStringLiteral("result")).toArray()) {
            const QJsonObject z = v.toObject();
            zones.append({z.value(QStringLiteral("id")).toString(),
                          z.value(QStringLiteral("name")).toString(),
                          z.value(QStringLiteral("status")).toString(),
                          z.value(QStringLiteral("paused")).toBool()});
        }
        emit zonesReady(zones);
    });
}

void CfClient::purgeEverything(const QString &zoneId)
{
    const QByteArray payload = R"({"purge_everything":true})";
    QNetworkReply *reply = m_nam->post(makeRequest(QStringLiteral("/zones/%1/purge_cache").arg(zoneId)), payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, zoneId]() {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        emit purged(zoneId, body.value(QStringLiteral("success")).toBool());
    });
}
