/**
 * Polly.js setup for the end-to-end deploy tests (test/e2e/*.test.ts).
 * Recordings: test/recordings/<suite>_<hash>/<test>_<hash>/recording.har
 */
import path from 'node:path';
import { Polly, type PollyConfig } from '@pollyjs/core';
import NodeHttpAdapter from '@pollyjs/adapter-node-http';
import FSPersister from '@pollyjs/persister-fs';

Polly.register(NodeHttpAdapter);
Polly.register(FSPersister);

const SECRET_REQUEST_HEADERS = ['authorization', 'x-auth-key', 'x-auth-email'];

export const pollyConfig: PollyConfig = {
  adapters: ['node-http'],
  persister: 'fs',
  persisterOptions: {
    fs: { recordingsDir: path.resolve(__dirname, 'recordings') },
  },
  mode: (process.env.POLLY_MODE as PollyConfig['mode']) ?? 'replay',
  recordIfMissing: false,
  recordFailedRequests: true,
  flushRequestsOnStop: true,
  matchRequestsBy: {
    method: true,
    headers: false,
    body: true,
    order: false,
    url: { protocol: true, hostname: true, pathname: true, query: true, port: false, hash: false },
  },
};

export function attachScrubbers(polly: Polly): void {
  polly.server.any().on('beforePersist', (_req, recording) => {
    recording.request.headers = recording.request.headers.map((h: { name: string; value: string }) =>
      SECRET_REQUEST_HEADERS.includes(h.name.toLowerCase()) ? { ...h, value: 'REDACTED' } : h,
    );
    recording.response.headers = recording.response.headers.filter(
      (h: { name: string }) => !['set-cookie', 'cf-ray'].includes(h.name.toLowerCase()),
    );
  });
}
