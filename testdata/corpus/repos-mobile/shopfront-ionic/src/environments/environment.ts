// This file can be replaced during build by using the `fileReplacements` array.
// `ng build` replaces `environment.ts` with `environment.prod.ts`.
export const environment = {
  production: false,
  apiUrl: 'http://localhost:3000',
  cloudflare: {
    accountId: '<your-account-id>',
    imagesAccountHash: '<your-account-hash>',
    imagesApiToken: 'YOUR_API_TOKEN',
    turnstileSiteKey: '1x00000000000000000000AA', // Cloudflare dummy key: always passes
    streamCustomerCode: '',
  },
};
