import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import ipaddr from 'ipaddr.js';
import { ApiError } from './errors.js';

export interface AccessPolicy {
  /** The bearer token writes need (`DOSSIER_TOKEN`), or null when none is configured. */
  token: string | null;
  /** The server listens on a loopback address only, so only this machine can reach it. */
  loopbackOnly: boolean;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `localhost`, `127.0.0.1`, `[::1]` and the rest of the loopback ranges, with or without a port. */
export function isLoopbackName(host: string): boolean {
  const name = host.replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^([^:]*):\d+$/, '$1');
  if (name.toLowerCase() === 'localhost') return true;
  try {
    return ipaddr.process(name).range() === 'loopback';
  } catch {
    return false;
  }
}

/**
 * Reads are open; writes follow `AccessPolicy` (see `app.ts`). A server listening on a loopback address
 * refuses requests naming another host, token or not: a web page whose domain an attacker points at
 * 127.0.0.1 (DNS rebinding) would otherwise read everything this machine can, and write when no token is
 * set.
 */
export function guardAccess(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (policy.loopbackOnly && !isLoopbackName(c.req.header('host') ?? '')) {
      throw new ApiError(403, 'this server answers requests for localhost only');
    }
    if (!READ_METHODS.has(c.req.method)) checkWrite(policy, c.req.header('authorization'));
    await next();
  };
}

function checkWrite(policy: AccessPolicy, authorization: string | undefined): void {
  if (policy.token === null) {
    if (policy.loopbackOnly) return;
    throw new ApiError(403, 'writes are disabled: set DOSSIER_TOKEN on the server to enable them');
  }
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (given === undefined || !sameSecret(given, policy.token)) {
    throw new ApiError(401, 'writes need Authorization: Bearer <DOSSIER_TOKEN>', {
      'WWW-Authenticate': 'Bearer',
    });
  }
}

/** Compared as digests so that neither the length nor the first wrong byte shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
