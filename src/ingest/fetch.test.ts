import assert from 'node:assert/strict';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, isPrivateAddress, type FetchOptions } from './fetch.js';

let server: Server;
let base: string;
let port: number;

const routes: Record<string, RequestListener> = {
  '/page': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Harbour news</p>');
  },
  '/latin': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
      .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  },
  '/gzip': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync('gzipped body'));
  },
  '/br': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' })
      .end(brotliCompressSync('brotli body'));
  },
  '/deflate': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'deflate' })
      .end(deflateSync('deflated body'));
  },
  '/hop': (_req, res) => res.writeHead(302, { location: '/page' }).end(),
  '/loop': (_req, res) => res.writeHead(301, { location: '/loop' }).end(),
  '/to-loopback': (_req, res) => res.writeHead(302, { location: `http://[::1]:${port}/page` }).end(),
  '/to-inner': (_req, res) => res.writeHead(302, { location: `http://inner.test:${port}/page` }).end(),
  '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>gone</p>'),
  '/big-declared': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(4096)),
  '/big-streamed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    const chunk = 'y'.repeat(1024);
    let sent = 0;
    const pump = () => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent < 64) res.once('drain', pump);
      else res.end();
    };
    pump();
  },
  '/gzip-bomb': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync('z'.repeat(100_000)));
  },
  '/silent': () => {
    // Never answers: only the client's deadline ends the exchange.
  },
};

before(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** Resolves every name to loopback, standing in for DNS that points a public-looking name inward. */
const resolveToLoopback = async () => ['127.0.0.1'];

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true, timeoutMs: 2000, ...overrides };
}

async function failure(url: string, overrides: Partial<FetchOptions>): Promise<[string, string, string]> {
  try {
    await fetchUrl(url, options(overrides));
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return [error.input, error.problem, error.reason];
  }
  assert.fail(`expected ${url} to fail`);
}

test('classifies private, loopback, link-local and mapped addresses as private', () => {
  for (const address of [
    '::1',
    '169.254.169.254',
    '10.0.0.1',
    '::ffff:127.0.0.1',
    '127.0.0.1',
    '192.168.1.5',
    '172.16.0.1',
    '100.64.0.1',
    'fc00::1',
    'fe80::1',
    '0.0.0.0',
    '::',
    '224.0.0.1',
    '::ffff:10.1.2.3',
    '::7f00:1',
    '::127.0.0.1',
    '::ffff:7f00:1',
    '::a00:1',
    '0:0:0:0:0:0:7f00:1',
  ]) {
    assert.equal(isPrivateAddress(address), true, address);
  }
  for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isPrivateAddress(address), false, address);
  }
  assert.equal(isPrivateAddress('not an address'), true);
});

test('refuses IPv4-compatible IPv6 literals that carry a loopback address', async () => {
  for (const host of ['[::7f00:1]', '[::127.0.0.1]', '[::ffff:7f00:1]']) {
    const [, problem] = await failure(`http://${host}:${port}/page`, { allowPrivate: false });
    assert.equal(problem, 'refused', host);
  }
});

test('refuses a loopback URL unless private addresses are allowed', async () => {
  assert.deepEqual(await failure(`${base}/page`, { allowPrivate: false }), [
    `${base}/page`,
    'refused',
    'private address 127.0.0.1 refused (use --allow-private)',
  ]);
  assert.deepEqual(await failure(`http://[::1]:${port}/page`, { allowPrivate: false }), [
    `http://[::1]:${port}/page`,
    'refused',
    'private address ::1 refused (use --allow-private)',
  ]);
});

test('connects to the address the resolver gives', async () => {
  const page = await fetchUrl(`http://public.test:${port}/page`, options({ resolve: resolveToLoopback }));
  assert.equal(page.body, '<p>Harbour news</p>');
});

test('fetches a page when private addresses are allowed', async () => {
  assert.deepEqual(await fetchUrl(`${base}/page`, options()), {
    url: `${base}/page`,
    contentType: 'text/html',
    body: '<p>Harbour news</p>',
  });
});

test('refuses a name that resolves to a private address', async () => {
  assert.deepEqual(
    await failure(`http://public.test:${port}/page`, { allowPrivate: false, resolve: resolveToLoopback }),
    [`http://public.test:${port}/page`, 'refused', 'private address 127.0.0.1 refused (use --allow-private)'],
  );
});

test('checks every redirect hop against the private-address rule', async () => {
  // Only the test server's own address counts as public, so the first hop is an allowed site.
  const onlyServerIsPublic = { allowPrivate: false, isPrivate: (address: string) => address !== '127.0.0.1' };
  const resolve = async (host: string) => (host === 'inner.test' ? ['127.0.0.2'] : ['127.0.0.1']);
  assert.equal((await fetchUrl(`${base}/hop`, options(onlyServerIsPublic))).url, `${base}/page`);
  assert.deepEqual(await failure(`${base}/to-loopback`, onlyServerIsPublic), [
    `${base}/to-loopback`,
    'refused',
    'private address ::1 refused (use --allow-private)',
  ]);
  assert.deepEqual(await failure(`${base}/to-inner`, { ...onlyServerIsPublic, resolve }), [
    `${base}/to-inner`,
    'refused',
    'private address 127.0.0.2 refused (use --allow-private)',
  ]);
});

test('follows redirects and reports the final URL', async () => {
  assert.equal((await fetchUrl(`${base}/hop`, options())).url, `${base}/page`);
});

test('gives up after the redirect limit', async () => {
  assert.deepEqual(await failure(`${base}/loop`, { maxRedirects: 3 }), [
    `${base}/loop`,
    'unreachable',
    'too many redirects (more than 3)',
  ]);
});

test('refuses a redirect to a non-http scheme', async () => {
  assert.deepEqual(await failure(`${base}/to-file`, {}), [
    `${base}/to-file`,
    'unsupported',
    'only http and https URLs can be fetched, not file:',
  ]);
});

test('enforces the size cap from Content-Length, while streaming and after decompression', async () => {
  const tooLarge = ['too-large', 'larger than the 2 KB limit'];
  assert.deepEqual((await failure(`${base}/big-declared`, { maxBytes: 2048 })).slice(1), tooLarge);
  assert.deepEqual((await failure(`${base}/big-streamed`, { maxBytes: 2048 })).slice(1), tooLarge);
  assert.deepEqual((await failure(`${base}/gzip-bomb`, { maxBytes: 2048 })).slice(1), tooLarge);
});

test('times out a server that never answers', async () => {
  assert.deepEqual(await failure(`${base}/silent`, { timeoutMs: 150 }), [
    `${base}/silent`,
    'unreachable',
    'timed out after 150 ms',
  ]);
});

test('refuses content types that are not articles', async () => {
  assert.deepEqual(await failure(`${base}/image`, {}), [
    `${base}/image`,
    'unsupported',
    'content-type image/png is not an article',
  ]);
});

test('reports HTTP errors with their status', async () => {
  assert.deepEqual(await failure(`${base}/missing`, {}), [
    `${base}/missing`,
    'unreachable',
    'HTTP 404 Not Found',
  ]);
});

test('reports a refused connection', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  assert.deepEqual((await failure(`http://127.0.0.1:${closedPort}/`, {})).slice(1), [
    'unreachable',
    'connection refused',
  ]);
});

test('reports a DNS failure', async () => {
  const notFound = async () => {
    throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), {
      code: 'ENOTFOUND',
      hostname: 'nowhere.test',
    });
  };
  assert.deepEqual((await failure('http://nowhere.test/', { resolve: notFound })).slice(1), [
    'unreachable',
    'DNS lookup failed for nowhere.test',
  ]);
});

test('decodes content encodings and the charset from Content-Type', async () => {
  assert.equal((await fetchUrl(`${base}/gzip`, options())).body, 'gzipped body');
  assert.equal((await fetchUrl(`${base}/br`, options())).body, 'brotli body');
  assert.equal((await fetchUrl(`${base}/deflate`, options())).body, 'deflated body');
  assert.equal((await fetchUrl(`${base}/latin`, options())).body, 'café');
});

test('refuses schemes other than http and https', async () => {
  assert.deepEqual((await failure('ftp://example.test/file.txt', {})).slice(1), [
    'unsupported',
    'only http and https URLs can be fetched, not ftp:',
  ]);
});
