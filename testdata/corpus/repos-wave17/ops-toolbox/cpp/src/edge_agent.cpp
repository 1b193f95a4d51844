// edge_agent: polls the Cloudflare zone status and forwards it to the local
// node-exporter textfile collector agent.
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>

#include <curl/curl.h>

namespace {

size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata) {
    static_cast<std::string *>(userdata)->append(ptr, size * nmemb);
    return size * nmemb;
}

std::string fetch_zone_status(const std::string &zone_id) {
    const char *token = std::getenv("CLOUDFLARE_API_TOKEN");
    if (token == nullptr) throw std::runtime_error("CLOUDFLARE_API_TOKEN not set");

    std::string auth = std::string("Authorization: Bearer ") + token;
    std::string url = "https://api.cloudflare.com/client/v4/zones/" + zone_id;
    std::string out;

    CURL *curl = curl_easy_init();
    curl_slist *headers = curl_slist_append(nullptr, auth.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &out);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 15L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));
    return out;
}

void push_to_local_agent(const std::string &payload) {
    // The textfile agent listens on loopback with a self-signed certificate.
    CURL *curl = curl_easy_init();
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, "https://127.0.0.1:9443/v1/textfile/cloudflare_zone");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: edge_agent <zone-id>\n";
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    try {
        push_to_local_agent(fetch_zone_status(argv[1]));
    } catch (const std::exception &e) {
        std::cerr << "edge_agent: " << e.what() << "\n";
        curl_global_cleanup();
        return 1;
    }
    curl_global_cleanup();
    return 0;
}
