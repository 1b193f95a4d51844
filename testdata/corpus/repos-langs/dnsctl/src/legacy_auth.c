#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

static const char *zones_url = "http://api.cloudflare.com/client/v4/zones";

int list_zones(void)
{
    char key_hdr[128], email_hdr[160];
    struct curl_slist *h = NULL;
    CURL *c = curl_easy_init();

    snprintf(email_hdr, sizeof email_hdr, "X-Auth-Email: %s", getenv("CF_EMAIL"));
    snprintf(key_hdr, sizeof key_hdr, "X-Auth-Key: %s", getenv("CF_API_KEY"));
    h = curl_slist_append(h, email_hdr);
    h = curl_slist_append(h, key_hdr);
    curl_easy_setopt(c, CURLOPT_URL, zones_url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_perform(c);
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    return 0;
}
