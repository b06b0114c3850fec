import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'cbar');

export interface FixtureServer {
  /** URL of a path on the server. */
  url(pathname: string): string;
  /** How many requests reached it. */
  hits(): number;
  close(): Promise<void>;
}

/**
 * A stand-in for the bank on 127.0.0.1 and a free port: `/fixture/<name>` answers that recorded file,
 * `/status/<code>` answers an empty error, `/hang` never answers.
 */
export async function startCbarFixtureServer(): Promise<FixtureServer> {
  let hits = 0;
  const server = http.createServer((request, response) => {
    hits += 1;
    const [, kind, name] = (request.url ?? '').split('?')[0]!.split('/');
    if (kind === 'fixture' && name && /^[\w.-]+$/.test(name)) {
      const type = name.endsWith('.html') ? 'text/html' : 'application/xml';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(path.join(fixtures, name)));
    } else if (kind === 'status') {
      response.writeHead(Number(name)).end();
    } else if (kind !== 'hang') {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
