import { createAction, Property } from '@activepieces/pieces-framework';
import { httpClient, HttpMethod } from '@activepieces/pieces-common';
import { cloudflareOpsAuth, CF_API } from '../../index';

export const createOriginCert = createAction({
  auth: cloudflareOpsAuth,
  name: 'create_origin_cert',
  displayName: 'Create Origin Certificate',
  description: 'Issue a Cloudflare Origin CA certificate for a CSR',
  props: {
    hostnames: Property.Array({
      displayName: 'Hostnames',
      required: true,
    }),
    csr: Property.LongText({
      displayName: 'CSR (PEM)',
      required: true,
    }),
    validityDays: Property.StaticDropdown({
      displayName: 'Validity',
      required: true,
      defaultValue: 5475,
      options: {
        options: [
          { label: '90 days', value: 90 },
          { label: '1 year', value: 365 },
          { label: '15 years', value: 5475 },
        ],
      },
    }),
  },
  async run(context) {
    const { originCaKey } = context.auth;
    if (!originCaKey) {
      throw new Error('Origin CA Key is not set on this connection');
    }

    const response = await httpClient.sendRequest<{
      success: boolean;
      result: { id: string; certificate: string; expires_on: string };
    }>({
      method: HttpMethod.POST,
      url: `${CF_API}/certificates`,
      headers: {
        'X-Auth-User-Service-Key': originCaKey,
        'Content-Type': 'application/json',
      },
      body: {
        hostnames: context.propsValue.hostnames,
        csr: context.propsValue.csr,
        request_type: 'origin-rsa',
        requested_validity: context.propsValue.validityDays,
      },
    });

    return {
      id: response.body.result.id,
      expires_on: response.body.result.expires_on,
      certificate: response.body.result.certificate,
    };
  },
});
