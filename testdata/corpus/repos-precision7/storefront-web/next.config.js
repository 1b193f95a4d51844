// @ts-check
const { setupDevPlatform } = require("@cloudflare/next-on-pages/next-dev");

if (process.env.NODE_ENV === "development") {
  setupDevPlatform().catch(console.error);
}

const csp = [
  "default-src 'self'",
  "script-src 'self' https://challenges.cloudflare.com https://cdnjs.cloudflare.com https://static.cloudflareinsights.com",
  "frame-src https://challenges.cloudflare.com",
  "img-src 'self' data: https://imagedelivery.net",
  "connect-src 'self' https://api.example-shop.com https://cloudflareinsights.com",
  "style-src 'self' 'unsafe-inline' https://cdnjs.cloudflare.com",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [
      // Cloudflare Images delivery URL: https://imagedelivery.net/<account hash>/<image id>/<variant>
      { protocol: "https", hostname: "imagedelivery.net", pathname: "/Xk3mP9qLw2Rt7vB1nY5sZa/**" },
    ],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
    ];
  },
  async redirects() {
    return [
      // old help links pointed at the Cloudflare community thread
      { source: "/help/captcha", destination: "http://community.cloudflare.com/t/turnstile-faq/512345", permanent: false },
    ];
  },
};

module.exports = nextConfig;
