#include <curl/curl.h>
#include <string>

namespace {
const std::string kCloudflareToken = "{{cfut}}";
const char* kVerifyUrl = "http://api.cloudflare.com/client/v4/user/tokens/verify";
}

bool tokenActive() {
    CURL* c = curl_easy_init();
    std::string auth = "Authorization: Bearer " + kCloudflareToken;
    curl_slist* h = curl_slist_append(nullptr, auth.c_str());
    curl_easy_setopt(c, CURLOPT_URL, kVerifyUrl);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    bool ok = curl_easy_perform(c) == CURLE_OK;
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    return ok;
}
