#include <stdio.h>
#include <curl/curl.h>

#define CF_API_TOKEN "{{tok40}}"
#define CF_API "https://api.cloudflare.com/client/v4"

int cf_verify_token(void)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *hdrs = NULL;
    CURLcode rc;

    if (!curl)
        return -1;
    hdrs = curl_slist_append(hdrs, "Authorization: Bearer " CF_API_TOKEN);
    curl_easy_setopt(curl, CURLOPT_URL, CF_API "/user/tokens/verify");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
