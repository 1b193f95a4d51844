export const environment = {
  production: true,
  apiUrl: 'https://api.shopfront.com',
  cloudflare: {
    accountId: '{{hex32}}',
    imagesAccountHash: 'Qm7zR2xT9vK4nB1cY6wL8p',
    imagesApiToken: '{{tok40}}',
    turnstileSiteKey: '0x4AAAAAAAG2bHn5JcVe8QmR',
    streamCustomerCode: 'k3v9p2x7m1q5w8z4',
  },
};
