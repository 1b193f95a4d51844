// Storybook mocks for components that talk to Cloudflare.
// Uses Cloudflare's published Turnstile testing keys so the widget renders
// offline: https://developers.cloudflare.com/turnstile/troubleshooting/testing/
export const turnstileMock = {
  siteKeyAlwaysPasses: "1x00000000000000000000AA",
  siteKeyAlwaysBlocks: "2x00000000000000000000AB",
  siteKeyForcesChallenge: "3x00000000000000000000FF",
  secretAlwaysPasses: "1x0000000000000000000000000000000AA",
  secretAlwaysFails: "2x0000000000000000000000000000000AA",
};

export const imageMock = {
  id: "2cdc28f0-017a-49c4-9ed7-87056c83901a",
  filename: "sneaker-red.webp",
  variants: [
    "https://imagedelivery.net/Jx9cK2mQ1rT4vW7yZ0aB3d/2cdc28f0-017a-49c4-9ed7-87056c83901a/public",
    "https://imagedelivery.net/Jx9cK2mQ1rT4vW7yZ0aB3d/2cdc28f0-017a-49c4-9ed7-87056c83901a/thumbnail",
  ],
};

export const streamMock = {
  uid: "ea95132c15732412d22c1476fa83f27a",
  uploadURL: "https://upload.videodelivery.net/ea95132c15732412d22c1476fa83f27a",
};
