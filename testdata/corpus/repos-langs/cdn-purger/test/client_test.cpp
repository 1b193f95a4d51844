#include <gtest/gtest.h>
#include "CloudflareClient.h"

// Dummy credentials: the mock server accepts anything.
static const char* kFakeToken = "test-token-not-real";
static const char* kFakeKey = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

TEST(CloudflareClient, SendsBearer) {
  MockServer srv("http://127.0.0.1:8787/client/v4");
  cdn::Client c(srv.url(), kFakeToken);
  EXPECT_TRUE(c.verify());
  EXPECT_EQ(srv.lastHeader("Authorization"), std::string("Bearer ") + kFakeToken);
  EXPECT_EQ(srv.lastHeader("X-Auth-Key"), "");
}
