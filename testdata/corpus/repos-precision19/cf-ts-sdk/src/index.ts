// File generated from our OpenAPI spec by Stainless-style codegen. See CONTRIBUTING.md for details.

import * as Core from './core';
import * as Errors from './error';
import { readEnv } from './internal/utils';
import * as API from './resources/index';

export interface ClientOptions {
  /**
   * Scoped API token. Defaults to process.env['CLOUDFLARE_API_TOKEN'].
   */
  apiToken?: string | null | undefined;

  /**
   * @deprecated Global API Key, sent as `X-Auth-Key`. Defaults to
   * process.env['CLOUDFLARE_API_KEY']. Prefer `apiToken`.
   */
  apiKey?: string | null | undefined;

  /**
   * @deprecated Account email, sent as `X-Auth-Email` together with `apiKey`.
   * Defaults to process.env['CLOUDFLARE_EMAIL'].
   */
  apiEmail?: string | null | undefined;

  /**
   * @deprecated Origin CA key, sent as `X-Auth-User-Service-Key`.
   * Defaults to process.env['CLOUDFLARE_API_USER_SERVICE_KEY'].
   */
  userServiceKey?: string | null | undefined;

  /**
   * Override the default base URL for the API, e.g. "https://api.example.com/v2/"
   * Defaults to process.env['CLOUDFLARE_BASE_URL'].
   */
  baseURL?: string | null | undefined;

  timeout?: number | undefined;
  httpAgent?: Core.Agent | undefined;
  fetch?: Core.Fetch | undefined;
  maxRetries?: number | undefined;
  defaultHeaders?: Core.Headers | undefined;
}

/**
 * API Client for interfacing with the Cloudflare API.
 */
export class Cloudflare extends Core.APIClient {
  apiToken: string | null;
  apiKey: string | null;
  apiEmail: string | null;
  userServiceKey: string | null;

  private _options: ClientOptions;

  constructor({
    baseURL = readEnv('CLOUDFLARE_BASE_URL'),
    apiToken = readEnv('CLOUDFLARE_API_TOKEN') ?? null,
    apiKey = readEnv('CLOUDFLARE_API_KEY') ?? null,
    apiEmail = readEnv('CLOUDFLARE_EMAIL') ?? null,
    userServiceKey = readEnv('CLOUDFLARE_API_USER_SERVICE_KEY') ?? null,
    ...opts
  }: ClientOptions = {}) {
    const options: ClientOptions = {
      apiToken,
      apiKey,
      apiEmail,
      userServiceKey,
      ...opts,
      baseURL: baseURL || `https://api.cloudflare.com/client/v4`,
    };

    super({
      baseURL: options.baseURL!,
      timeout: options.timeout ?? 60 * 1000 /* 1 minute */,
      httpAgent: options.httpAgent,
      maxRetries: options.maxRetries,
      fetch: options.fetch,
    });

    this._options = options;
    this.apiToken = apiToken;
    this.apiKey = apiKey;
    this.apiEmail = apiEmail;
    this.userServiceKey = userServiceKey;
  }

  zones: API.Zones = new API.Zones(this);
  dns: API.DNS = new API.DNS(this);
  user: API.User = new API.User(this);

  protected override defaultHeaders(opts: Core.FinalRequestOptions): Core.Headers {
    return {
      ...super.defaultHeaders(opts),
      ...this._options.defaultHeaders,
    };
  }

  protected override validateHeaders(headers: Core.Headers, customHeaders: Core.Headers) {
    if (this.apiEmail && headers['x-auth-email']) return;
    if (customHeaders['x-auth-email'] === null) return;
    if (this.apiKey && headers['x-auth-key']) return;
    if (customHeaders['x-auth-key'] === null) return;
    if (this.apiToken && headers['authorization']) return;
    if (customHeaders['authorization'] === null) return;
    if (this.userServiceKey && headers['x-auth-user-service-key']) return;
    if (customHeaders['x-auth-user-service-key'] === null) return;

    throw new Error(
      'Could not resolve authentication method. Expected one of apiEmail, apiKey, apiToken or userServiceKey to be set.',
    );
  }

  protected override authHeaders(opts: Core.FinalRequestOptions): Core.Headers {
    const emailAuth = this.apiEmailAuth(opts);
    const keyAuth = this.apiKeyAuth(opts);
    const tokenAuth = this.apiTokenAuth(opts);
    const serviceKeyAuth = this.userServiceKeyAuth(opts);

    if (tokenAuth != null && !Core.isEmptyObj(tokenAuth)) return tokenAuth;
    if (emailAuth != null && keyAuth != null && !Core.isEmptyObj(keyAuth)) return { ...emailAuth, ...keyAuth };
    if (serviceKeyAuth != null && !Core.isEmptyObj(serviceKeyAuth)) return serviceKeyAuth;
    return {};
  }

  protected apiEmailAuth(opts: Core.FinalRequestOptions): Core.Headers {
    if (this.apiEmail == null) return {};
    return { 'X-Auth-Email': this.apiEmail };
  }

  protected apiKeyAuth(opts: Core.FinalRequestOptions): Core.Headers {
    if (this.apiKey == null) return {};
    return { 'X-Auth-Key': this.apiKey };
  }

  protected apiTokenAuth(opts: Core.FinalRequestOptions): Core.Headers {
    if (this.apiToken == null) return {};
    return { Authorization: `Bearer ${this.apiToken}` };
  }

  protected userServiceKeyAuth(opts: Core.FinalRequestOptions): Core.Headers {
    if (this.userServiceKey == null) return {};
    return { 'X-Auth-User-Service-Key': this.userServiceKey };
  }

  static Cloudflare = this;
  static CloudflareError = Errors.CloudflareError;
  static APIError = Errors.APIError;
  static AuthenticationError = Errors.AuthenticationError;
}

export const { CloudflareError, APIError, AuthenticationError } = Errors;

export default Cloudflare;
