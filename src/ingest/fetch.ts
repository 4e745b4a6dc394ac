/**
 * Fetching one page over HTTP(S) with the limits a tool that follows links from feeds and manifests
 * needs: no private addresses unless asked (checked on the address connected to, at every redirect),
 * one deadline for the whole exchange, a size cap enforced while the body streams in.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { InputError } from '../core/errors.js';
import { decodeDocument, tooLarge } from './decode.js';

export interface FetchOptions {
  allowPrivate: boolean;
  /** Covers the whole exchange: DNS, connection, every redirect and the body. */
  timeoutMs: number;
  /** The most bytes read, counted both as they arrive and once decompressed, before the page is refused. */
  maxBytes: number;
  /** A smaller cap for responses typed as a single page (HTML, plain text), when the caller expects lists too. */
  maxPageBytes?: number | undefined;
  maxRedirects: number;
  userAgent?: string | undefined;
  /** Replaces DNS, so tests can map a public-looking name to a loopback address without a network. */
  resolve?: ((host: string) => Promise<string[]>) | undefined;
  /** Replaces the private-address rule, so a test can treat its loopback server as a public site. */
  isPrivate?: ((address: string) => boolean) | undefined;
}

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  /** The media type without parameters, lower-cased; empty when the server sent none. */
  contentType: string;
  body: string;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

const DEFAULT_USER_AGENT = 'Dossier/0.1 (news article reader)';

const ARTICLE_CONTENT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/json',
]);

/**
 * Anything but ordinary public unicast is refused: besides private, loopback, link-local, CGNAT and the
 * like, this covers IPv6 ranges that embed an IPv4 address (NAT64, 6to4, Teredo), which could smuggle
 * a private one. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry; IPv4-compatible ones
 * (`::/96`, deprecated since 2006: `::7f00:1`, `::127.0.0.1`) are refused whatever they carry, since a
 * stack may still route them to the IPv4 address and ipaddr.js calls them unicast.
 */
export function isPrivateAddress(address: string): boolean {
  try {
    const parsed = ipaddr.process(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) {
      return true;
    }
    return parsed.range() !== 'unicast';
  } catch {
    return true;
  }
}

export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedPage> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
  try {
    return await followRedirects(url, options, deadline.signal);
  } catch (error) {
    if (deadline.signal.aborted && !(error instanceof InputError)) {
      throw new InputError(url, 'unreachable', `timed out after ${formatDuration(options.timeoutMs)}`);
    }
    throw asInputError(error, url);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  input: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<FetchedPage> {
  let target = parseHttpUrl(input, input);
  for (let redirects = 0; ; redirects++) {
    const response = await send(target, input, options, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (redirects >= options.maxRedirects) {
        throw new InputError(input, 'unreachable', `too many redirects (more than ${options.maxRedirects})`);
      }
      target = parseHttpUrl(new URL(location, target).href, input);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const statusText = response.statusMessage ? ` ${response.statusMessage}` : '';
      throw new InputError(input, 'unreachable', `HTTP ${status}${statusText}`);
    }
    return readPage(response, target, input, options, signal);
  }
}

function parseHttpUrl(href: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new InputError(input, 'malformed', `not a valid URL: ${href}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      input,
      'unsupported',
      `only http and https URLs can be fetched, not ${url.protocol}`,
    );
  }
  return url;
}

function send(
  url: URL,
  input: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  // Node connects to literal IP hosts without calling `lookup`, so they are checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !options.allowPrivate && (options.isPrivate ?? isPrivateAddress)(literal)) {
    return Promise.reject(refused(input, literal));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      agent: false,
      signal,
      lookup: guardedLookup(input, options),
      headers: {
        'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

function guardedLookup(input: string, options: FetchOptions): LookupFunction {
  const resolveHost = options.resolve ?? resolveWithDns;
  return (hostname, lookupOptions, callback) => {
    resolveHost(hostname)
      .then((addresses) => {
        if (addresses.length === 0)
          throw new InputError(input, 'unreachable', `no address found for ${hostname}`);
        // One private address among public ones is enough to refuse: the connection may pick any of them.
        const blocked = options.allowPrivate
          ? undefined
          : addresses.find(options.isPrivate ?? isPrivateAddress);
        if (blocked !== undefined) throw refused(input, blocked);
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if (lookupOptions.all) callback(null, entries);
        else callback(null, entries[0]!.address, entries[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

async function resolveWithDns(host: string): Promise<string[]> {
  const entries = await dnsLookup(host, { all: true, verbatim: true });
  return entries.map((entry) => entry.address);
}

function refused(input: string, address: string): InputError {
  return new InputError(input, 'refused', `private address ${address} refused (use --allow-private)`);
}

async function readPage(
  response: http.IncomingMessage,
  url: URL,
  input: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const contentTypeHeader = response.headers['content-type'] ?? '';
  const contentType = contentTypeHeader.split(';')[0]!.trim().toLowerCase();
  if (contentType !== '' && !ARTICLE_CONTENT_TYPES.has(contentType)) {
    response.resume();
    throw new InputError(input, 'unsupported', `content-type ${contentType} is not an article`);
  }
  const maxBytes = PAGE_TYPES.has(contentType)
    ? Math.min(options.maxBytes, options.maxPageBytes ?? options.maxBytes)
    : options.maxBytes;
  const declaredLength = Number(response.headers['content-length']);
  if (declaredLength > maxBytes) {
    response.destroy();
    throw tooLarge(input, maxBytes);
  }
  const bytes = await readBody(response, input, maxBytes, signal);
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentTypeHeader)?.[1];
  return { url: url.href, contentType, body: decodeDocument(bytes, input, maxBytes, { charset }) };
}

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * The body, decompressed as it streams in: both the bytes received and the bytes they inflate to are
 * counted, and the transfer is cut as soon as either passes `maxBytes`, so neither a large page nor a small
 * compressed bomb is ever held whole.
 */
function readBody(
  response: http.IncomingMessage,
  input: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  return new Promise((resolve, reject) => {
    let inflater: Transform | null;
    try {
      inflater = decompressor(encoding, input);
    } catch (error) {
      response.destroy();
      reject(error as Error);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let inflated = 0;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      response.destroy();
      inflater?.destroy();
      reject(error);
    };
    const onAbort = () => fail(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    const keep = (chunk: Buffer) => {
      inflated += chunk.length;
      if (inflated > maxBytes) fail(tooLarge(input, maxBytes));
      else chunks.push(chunk);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(Buffer.concat(chunks));
    };
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(tooLarge(input, maxBytes));
      else if (inflater) inflater.write(chunk);
      else keep(chunk);
    });
    response.once('error', fail);
    response.once('end', () => (inflater ? inflater.end() : done()));
    response.once('close', () => {
      if (!response.complete) fail(new InputError(input, 'unreachable', 'connection closed mid-response'));
    });
    if (inflater) {
      inflater.on('data', keep);
      inflater.once('end', done);
      inflater.once('error', () =>
        fail(new InputError(input, 'malformed', `corrupt ${encoding} response body`)),
      );
    }
  });
}

function decompressor(encoding: string, input: string): Transform | null {
  switch (encoding) {
    case 'identity':
    case '':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      // Servers disagree on whether "deflate" carries the zlib wrapper; the first byte tells.
      return new DeflateEither();
    default:
      throw new InputError(input, 'unsupported', `content-encoding ${encoding} is not supported`);
  }
}

/** "deflate" with or without its zlib wrapper, decided by the first byte of the body. */
class DeflateEither extends Transform {
  private inner: Transform | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      this.inner = (chunk[0]! & 0x0f) === 8 ? createInflate() : createInflateRaw();
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.once('error', (error) => this.destroy(error));
    }
    this.inner.write(chunk, callback);
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }
}

const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
};

function asInputError(error: unknown, input: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') throw error;
  const known = NETWORK_ERRORS[code];
  if (known) {
    const host = (error as { hostname?: string }).hostname;
    return new InputError(
      input,
      'unreachable',
      known.startsWith('DNS') && host ? `${known} for ${host}` : known,
    );
  }
  return new InputError(input, 'unreachable', `${(error as Error).message} (${code})`);
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
