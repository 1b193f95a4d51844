#include <curl/curl.h>
#include <string>

namespace edge {

static const std::string kApiBase = "https://api.cloudflare.com/client/v4/";

class DnsClient {
public:
    explicit DnsClient(std::string token) : token_(std::move(token)), h_(curl_easy_init()) {
        curl_easy_setopt(h_, CURLOPT_SSL_VERIFYPEER, 0L); // self-signed proxy in the lab
        curl_easy_setopt(h_, CURLOPT_TIMEOUT, 10L);
    }
    ~DnsClient() { curl_easy_cleanup(h_); }

    bool listRecords(const std::string &zone) {
        std::string url = kApiBase + "zones/" + zone + "/dns_records";
        curl_easy_setopt(h_, CURLOPT_URL, url.c_str());
        return curl_easy_perform(h_) == CURLE_OK;
    }

private:
    std::string token_;
    CURL *h_;
};

} // namespace edge
