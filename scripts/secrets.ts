import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/ops/env.mjs';

/**
 * A secret from the environment or, on a machine where none is set (a newcomer's `npm start`), one generated once
 * into `.data/` (never committed) so that restarts and the command-line tools agree on it.
 */
export function localSecret(variable: 'AUTH_SECRET' | 'REVALIDATE_SECRET' | 'EDGE_PURGE_SECRET', projectRoot: string): string {
  const fromEnv = env()[variable];
  if (fromEnv) return fromEnv;
  const file = path.join(projectRoot, '.data', variable.toLowerCase().replace(/_/g, '-'));
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
