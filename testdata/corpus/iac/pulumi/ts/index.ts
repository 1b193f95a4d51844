import * as cloudflare from "@pulumi/cloudflare";

const provider = new cloudflare.Provider("cf", {
    apiKey: "{{hex37}}",
    email: "ops@example.com",
});

const scoped = new cloudflare.Provider("scoped", {
    apiToken: process.env.CLOUDFLARE_API_TOKEN,
});
