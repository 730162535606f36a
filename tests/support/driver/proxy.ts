/**
 * A local HTTP proxy that answers the demo sites' real host names from the files in demo/, for browsers that cannot
 * intercept requests themselves (Firefox over WebDriver BiDi). Plain HTTP is answered directly; HTTPS arrives as
 * CONNECT and is answered by a TLS server in this process with a certificate made at test time (nothing that
 * expires is committed). Every other request is refused and recorded, so a test can assert nothing left the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoPage } from '../../../demo/pages';

export interface DemoProxy {
  port: number;
  /** Requests refused because they would have left the machine ("CONNECT host:port" or the URL). */
  blocked: string[];
  close(): Promise<void>;
}

export interface TestCertificate {
  key: Buffer;
  cert: Buffer;
}

/** A throwaway self-signed certificate for the given host names, valid for one day, made with openssl. */
export function makeTestCertificate(hosts: readonly string[]): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'diplolens-cert-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=DiploLens test server',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (err) {
    throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${String(err)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function keyOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export async function startDemoProxy(root: string, pages: readonly DemoPage[]): Promise<DemoProxy> {
  const byKey = new Map(pages.map((p) => [keyOf(new URL(p.url)), p]));
  const httpsHosts = new Set(pages.filter((p) => p.url.startsWith('https:')).map((p) => new URL(p.url).host));
  const hosts = new Set(pages.map((p) => new URL(p.url).host));
  const blocked: string[] = [];
  const sockets = new Set<Socket>();

  const answer = (url: URL, res: ServerResponse): void => {
    const page = byKey.get(keyOf(url));
    if (!page && url.pathname === '/favicon.ico' && hosts.has(url.host)) {
      // The browser asks every site for its icon by itself; the demo sites have none.
      res.writeHead(404).end();
      return;
    }
    if (!page) {
      blocked.push(url.href);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the DiploLens test proxy');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.headers ?? {}) });
    res.end(readFileSync(join(root, 'demo', page.file)));
  };

  const { key, cert } = makeTestCertificate([...httpsHosts].map((h) => h.replace(/:\d+$/, '')));
  // Never listens: CONNECT sockets are handed to it, so it needs no port of its own.
  const tlsServer = createHttpsServer({ key, cert }, (req: IncomingMessage, res: ServerResponse) => {
    answer(new URL(req.url ?? '/', `https://${req.headers.host ?? 'invalid'}`), res);
  });

  const server = createHttpServer((req, res) => {
    // A proxy request carries the absolute URL; anything else was not meant for a proxy.
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      blocked.push(`bad proxy request ${req.url}`);
      res.writeHead(400).end();
      return;
    }
    answer(url, res);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const host = target.endsWith(':443') ? target.slice(0, -4) : target;
    if (!httpsHosts.has(host)) {
      blocked.push(`CONNECT ${target}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so runs on one machine never collide.
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    blocked,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
