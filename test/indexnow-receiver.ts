import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in search engine for the end-to-end run: it accepts IndexNow submissions (POST /indexnow) on loopback and
 * tells the specs what it received (GET /received). The site under test is pointed at it with INDEXNOW_ENDPOINT.
 */
export async function startIndexNowReceiver(): Promise<{ url: string; close: () => void }> {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/received') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      try {
        received.push(JSON.parse(body));
        res.writeHead(202).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
