#include <curl/curl.h>

/* internal metrics endpoint with a self-signed certificate */
int push_metrics(const char *body)
{
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://metrics.internal.example:8443/push");
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    int rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc;
}
