// @ts-check
import { z } from 'zod';

/**
 * Every environment variable the site, its commands and its tests read, with its default, in one schema checked when
 * `npm start` begins (scripts/check-environment.ts) and when a Next server starts (instrumentation.ts): a bad value
 * stops the start with one line naming the variable, instead of a failure somewhere later. Plain JavaScript, because
 * the front door (scripts/front-door.mjs) and the Redis cache handler are loaded by Node, outside the bundle.
 * The README's configuration table lists the same names (env-readme.test.ts keeps the two equal).
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
  TRUSTED_PROXY_HOPS: unset(wholeNumber(0, 10).default(0)),
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
  EDGE_PURGERS: unset(text().transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean)).default([])),
  EDGE_MEMORY: unset(z.string().regex(/^\d+[kmgKMG]?$/, 'must be a size such as 256m or 1g').default('256m')),
  VARNISHD: unset(text().optional()),
  // Outside services.
  CBAR_RATES_URL: unset(url(['http:', 'https:']).default('https://www.cbar.az/currencies/{DD.MM.YYYY}.xml')),
  RATES_IMPORT: unset(oneOf(['on', 'off']).default('on')),
  INDEXNOW_ENDPOINT: unset(url(['http:', 'https:']).optional()),
  INDEXNOW_KEY: unset(z.string().regex(/^[A-Za-z0-9-]{8,128}$/, 'must be 8–128 letters, digits or dashes').optional()),
  // Operations.
  LOG_LEVEL: unset(oneOf([...LOG_LEVELS]).default('info')),
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

const SECRETS = new Set(['AUTH_SECRET', 'REVALIDATE_SECRET', 'METRICS_TOKEN', 'ADMIN_PASSWORD']);

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
const CACHE = Symbol.for('newsroom.environment');
/** @type {{ [CACHE]?: { raw: string; parsed: Environment } }} */
const holder = /** @type {never} */ (globalThis);

/** The process's environment, parsed (see parseEnvironment). */
export function env() {
  const raw = VARIABLES.map((name) => process.env[name] ?? '').join('\0');
  const cached = holder[CACHE];
  if (cached && cached.raw === raw) return cached.parsed;
  const parsed = parseEnvironment(process.env);
  holder[CACHE] = { raw, parsed };
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
    process.stderr.write(`The configuration is not valid (see "Configuration" in the README):\n${error.problems.map((problem) => `  ${problem}\n`).join('')}`);
    process.exit(78);
  }
}
