import { createPiece, PieceAuth } from '@activepieces/pieces-framework';
import { PieceCategory } from '@activepieces/shared';
import { httpClient, HttpMethod, AuthenticationType } from '@activepieces/pieces-common';
import { purgeCache } from './lib/actions/purge-cache';
import { createOriginCert } from './lib/actions/create-origin-cert';

export const CF_API = 'https://api.cloudflare.com/client/v4';

export const cloudflareOpsAuth = PieceAuth.CustomAuth({
  description: `
Create a scoped API token in the Cloudflare dashboard (My Profile > API Tokens)
with *Zone > Cache Purge* and *Zone > DNS > Edit*. The Origin CA key is only
needed for the "Create Origin Certificate" action.`,
  required: true,
  props: {
    apiToken: PieceAuth.SecretText({
      displayName: 'API Token',
      description: 'Scoped API token, e.g. cfut_... (never the Global API Key)',
      required: true,
    }),
    originCaKey: PieceAuth.SecretText({
      displayName: 'Origin CA Key',
      description: 'Starts with v1.0-. Found under API Tokens > Origin CA Key.',
      required: false,
    }),
  },
  validate: async ({ auth }) => {
    try {
      await httpClient.sendRequest({
        method: HttpMethod.GET,
        url: `${CF_API}/user/tokens/verify`,
        authentication: {
          type: AuthenticationType.BEARER_TOKEN,
          token: auth.apiToken,
        },
      });
      return { valid: true };
    } catch (e) {
      return { valid: false, error: 'Token rejected by Cloudflare' };
    }
  },
});

export const cloudflareOps = createPiece({
  displayName: 'Cloudflare Ops',
  description: 'Internal piece: cache purge and Origin CA certificates',
  auth: cloudflareOpsAuth,
  minimumSupportedRelease: '0.30.0',
  logoUrl: 'https://cdn.activepieces.com/pieces/cloudflare.png',
  categories: [PieceCategory.DEVELOPER_TOOLS],
  authors: ['acme-platform'],
  actions: [purgeCache, createOriginCert],
  triggers: [],
});
