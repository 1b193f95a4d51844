import type { Request, Response, NextFunction } from 'express';
import { logger } from '../logger';

/**
 * Headers that must never reach the access log, the error tracker or the
 * debug dump endpoint. Names are compared case-insensitively.
 */
export const SENSITIVE_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'x-auth-email',
  'x-auth-key',
  'x-auth-user-service-key',
  'cf-access-client-id',
  'cf-access-client-secret',
  'cf-access-jwt-assertion',
]);

const REDACTED = '[REDACTED]';

export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return out;
}

/**
 * Express middleware: logs each request with sensitive headers masked.
 */
export function requestLogger() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        duration_ms: Math.round(ms),
        headers: redactHeaders(req.headers),
      });
    });
    next();
  };
}
