#include <cpr/cpr.h>
#include <string>

namespace cdn {

bool purgeEverything(const std::string& zone, const std::string& email, const std::string& key) {
    auto r = cpr::Post(
        cpr::Url{"https://api.cloudflare.com/client/v4/zones/" + zone + "/purge_cache"},
        cpr::Header{{"X-Auth-Email", email},
                    {"X-Auth-Key", key},
                    {"Content-Type", "application/json"}},
        cpr::Body{R"({"purge_everything":true})"},
        cpr::VerifySsl{false});
    return r.status_code == 200;
}

}  // namespace cdn
