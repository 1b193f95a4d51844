/* Unit tests for the bearer header builder. Never put a real token here. */
#include <assert.h>
#include <string.h>
#include "cfapi.h"

static void test_bearer_header(void)
{
    char hdr[256];
    cf_bearer_header(hdr, sizeof(hdr), "YOUR_API_TOKEN");
    assert(strcmp(hdr, "Authorization: Bearer YOUR_API_TOKEN") == 0);
}

static void test_truncation(void)
{
    char hdr[16];
    assert(cf_bearer_header(hdr, sizeof(hdr), "<your-token>") < 0);
}

int main(void)
{
    test_bearer_header();
    test_truncation();
    return 0;
}
