// @ts-check
import { isIP } from 'node:net';
import { z } from 'zod';
import { canonicalNetwork } from '../http/networks.mjs';
import { processWide } from './singleton.mjs';

/**
 * Every environment variable the site, its commands and its tests read, with its default, in one schema checked when
 * `npm start` begins (scripts/check-environment.ts) and when a Next server starts (instrumentation.ts): a bad value
 * stops the start with one line naming the variable, instead of a failure somewhere later. Plain JavaScript, because
 * the front door (lib/http/front-door.mjs) and the Redis cache handler are loaded by Node, outside the bundle.
 * docs/configuration.md lists the same names in its table (lib/ops/env.test.ts keeps the two equal).
 *
 * Not here: what Next and Node set for themselves (NEXT_RUNTIME, NEXT_PHASE, NEXT_MANUAL_SIG_HANDLE, NODE_ENV,
 * NODE_OPTIONS), what the end-to-end runner hands its specs (E2E_*) and the benchmarks' own knobs (BENCH_*).
 * Migrations read NEWSROOM_MEDIA_DIR themselves: they never import app code.
 */

/** An unset variable and an empty one mean the same: the default. */
const unset = (/** @type {z.ZodType} */ schema) => z.preprocess((value) => (value === '' ? undefined : value), schema);

/** @param {number} min @param {number} max */
const wholeNumber = (min, max) =>
  z
    .string()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, `must be a whole number between ${min} and ${max}`)
    .transform(Number);

/** @param {string[]} protocols */
const url = (protocols) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`);

/** @param {[string, ...string[]]} values */
const oneOf = (values) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

const SIZE_UNITS = /** @type {const} */ ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 });

/** A size in bytes, written as bytes or with k, m or g (powers of 1024): `512m`, `2g`. */
const byteSize = (/** @type {number} */ min) =>
  z
    .string()
    .regex(/^\d{1,15}[kmgKMG]?$/, 'must be a size such as 512m or 2g')
    .transform((value) => Number(value.replace(/\D$/, '')) * SIZE_UNITS[/** @type {keyof typeof SIZE_UNITS} */ (value.replace(/^\d+/, '').toLowerCase())])
    .refine((bytes) => bytes >= min, `must be at least ${min} bytes`);

/** `1` turns it on; unset (or `0`) leaves it off. */
const flag = () => z.enum(['1', '0'], { error: 'must be 1 or 0' }).transform((value) => value === '1');

/** Comma-separated http(s) origins. */
const origins = () =>
  z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim().replace(/\/$/, '')).filter(Boolean))
    .refine((list) => list.every((entry) => /^https?:\/\/[^/\s]+$/.test(entry)), 'must be comma-separated origins such as http://127.0.0.1:8080');

/** Comma-separated IPv4 or IPv6 addresses and networks (CIDR), each in canonical form (lib/networks.mjs). */
const networks = () =>
  z.string().transform((value, context) => {
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.filter((entry) => canonicalNetwork(entry) === null);
    if (bad.length === 0) return entries.map((entry) => /** @type {string} */ (canonicalNetwork(entry)));
    context.addIssue({
      code: 'custom',
      message: `must be comma-separated addresses or networks such as 127.0.0.1, 10.0.0.0/8 or 2001:db8::/32; ${bad.map((entry) => JSON.stringify(entry)).join(', ')} ${bad.length === 1 ? 'is' : 'are'} neither`,
    });
    return z.NEVER;
  });

const text = () => z.string();
const secret = (/** @type {number} */ min) => z.string().min(min, `must be at least ${min} characters`);

export const LOG_LEVELS = /** @type {const} */ (['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const environmentSchema = z.object({
  // The database and where the embedded one lives.
  DATABASE_URL: unset(url(['postgres:', 'postgresql:']).optional()),
  SEED_DEMO: unset(flag().default(false)),
  NEWSROOM_DATA_DIR: unset(text().optional()),
  EMBEDDED_PG_PORT: unset(wholeNumber(1, 65535).default(54329)),
  // Serving.
  PORT: unset(wholeNumber(1, 65535).default(3000)),
  SITE_URL: unset(url(['http:', 'https:']).optional()),
  SKIP_BUILD: unset(flag().default(false)),
  LISTEN_HOST: unset(z.string().refine((value) => isIP(value) !== 0, 'must be an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)').optional()),
  TRUSTED_PROXIES: unset(networks().default([])),
  DRAIN_SECONDS: unset(wholeNumber(0, 600).default(5)),
  // Secrets and the first admin.
  AUTH_SECRET: unset(secret(16).optional()),
  REVALIDATE_SECRET: unset(secret(16).optional()),
  METRICS_TOKEN: unset(secret(16).optional()),
  ADMIN_EMAIL: unset(z.email('must be an email address').optional()),
  ADMIN_PASSWORD: unset(secret(10).optional()),
  // Files.
  NEWSROOM_MEDIA_DIR: unset(text().optional()),
  NEWSROOM_LAST_GOOD_DIR: unset(text().optional()),
  // The shared page cache and the edge.
  REDIS_URL: unset(url(['redis:', 'rediss:']).optional()),
  REDIS_KEY_PREFIX: unset(text().default('anews:')),
  PAGE_CACHE_MAX_BYTES: unset(byteSize(1024 * 1024).default(512 * 1024 ** 2)),
  EDGE_URLS: unset(origins().default([])),
  EDGE_PORT: unset(wholeNumber(1, 65535).default(8080)),
  ORIGINS: unset(origins().default([])),
  EDGE_PURGERS: unset(networks().default([])),
  EDGE_PURGE_SECRET: unset(secret(16).optional()),
  EDGE_MEMORY: unset(z.string().regex(/^\d+[kmgKMG]?$/, 'must be a size such as 256m or 1g').default('256m')),
  VARNISHD: unset(text().optional()),
  // Outside services.
  CBAR_RATES_URL: unset(url(['http:', 'https:']).default('https://www.cbar.az/currencies/{DD.MM.YYYY}.xml')),
  RATES_IMPORT: unset(oneOf(['on', 'off']).default('on')),
  INDEXNOW_ENDPOINT: unset(url(['http:', 'https:']).optional()),
  INDEXNOW_KEY: unset(z.string().regex(/^[A-Za-z0-9-]{8,128}$/, 'must be 8–128 letters, digits or dashes').optional()),
  // Mail ("forgot password" links, lib/mail/send.ts): without SMTP_URL the link is written to the log instead.
  SMTP_URL: unset(url(['smtp:', 'smtps:']).optional()),
  SMTP_FROM: unset(z.string().max(320).default('Anews <newsroom@localhost>')),
  // Operations.
  LOG_LEVEL: unset(oneOf([...LOG_LEVELS]).default('info')),
  // Unset: readable in a terminal outside production, JSON everywhere else (lib/log-pretty.mjs).
  LOG_FORMAT: unset(oneOf(['json', 'pretty']).optional()),
  // Tests.
  NEWSROOM_E2E: unset(flag().default(false)),
  TEST_PG_ADMIN_URL: unset(url(['postgres:', 'postgresql:']).optional()),
  TEST_REDIS_URL: unset(url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379')),
  CHROME_PATH: unset(text().optional()),
});

/** @typedef {z.output<typeof environmentSchema>} Environment */

export const VARIABLES = /** @type {(keyof Environment)[]} */ (Object.keys(environmentSchema.shape));

/** A bad value, named: the whole message is for the operator, with no stack trace to read past. */
export class ConfigurationError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'ConfigurationError';
    this.problems = problems;
  }
}

const SECRETS = new Set(['AUTH_SECRET', 'REVALIDATE_SECRET', 'METRICS_TOKEN', 'ADMIN_PASSWORD', 'EDGE_PURGE_SECRET']);

/**
 * A bad value as the message shows it: a secret by its length only, a URL without its password, since the message
 * goes to the terminal and the logs.
 * @param {string} name
 * @param {string | undefined} value
 */
function shown(name, value) {
  if (value === undefined) return 'nothing';
  if (SECRETS.has(name)) return `${value.length} characters`;
  return JSON.stringify(value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*):[^@/]*@/i, '$1:***@'));
}

/**
 * The environment, parsed; throws a ConfigurationError naming every bad variable.
 * @param {Record<string, string | undefined>} source
 * @returns {Environment}
 */
export function parseEnvironment(source) {
  const result = environmentSchema.safeParse(Object.fromEntries(VARIABLES.map((name) => [name, source[name]])));
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message} (got ${shown(name, source[name])})`;
    }),
  );
}

// Tests change process.env as they go; reading it again only when one of the variables changed keeps this cheap.
/** @type {() => { last?: { raw: string; parsed: Environment } }} */
const cache = () => processWide('newsroom.environment', () => ({}));

/** The process's environment, parsed (see parseEnvironment). */
export function env() {
  const raw = VARIABLES.map((name) => process.env[name] ?? '').join('\0');
  const { last } = cache();
  if (last && last.raw === raw) return last.parsed;
  const parsed = parseEnvironment(process.env);
  cache().last = { raw, parsed };
  return parsed;
}

/**
 * At the start of `npm start` and of each Next server: a bad value stops the process here, with one line per bad
 * variable on stderr and exit code 78 (EX_CONFIG, which systemd and orchestrators read as a configuration error).
 */
export function checkEnvironment() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`The configuration is not valid (see docs/configuration.md):\n${error.problems.map((problem) => `  ${problem}\n`).join('')}`);
    process.exit(78);
  }
}

/**
 * What a valid configuration still gets wrong, as sentences for the operator: a server behind an edge that does not
 * know the edge's address would see every reader and editor as the edge, and one sign-in throttle would hold them all.
 * A warning rather than a refusal: an instance may purge an edge that is not its only way in.
 * @param {Environment} environment
 * @returns {string[]}
 */
export function configurationWarnings(environment) {
  if (environment.EDGE_URLS.length === 0) return [];
  const warnings = [];
  if (environment.TRUSTED_PROXIES.length === 0) {
    warnings.push(
      'EDGE_URLS names an edge in front of this server, but TRUSTED_PROXIES is empty: every reader and editor who comes through the edge has ' +
        "the edge's address, sign-ins are audited under it and one throttle holds them all. Set TRUSTED_PROXIES to the edge's address as this " +
        'server sees it (127.0.0.1 on one machine), and LISTEN_HOST so that only the edge reaches the server (docs/configuration.md).',
    );
  }
  if (!environment.EDGE_PURGE_SECRET) {
    warnings.push('EDGE_URLS is set without EDGE_PURGE_SECRET: the edge refuses every purge, and changes reach its readers only when its copies expire.');
  }
  return warnings;
}
