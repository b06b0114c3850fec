import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { SharedRedis } from '@/lib/redis/connection.mjs';

/**
 * Where the last good answers of reader queries are kept (lib/db/last-good.ts), named by a digest of the query: in
 * Redis when the instances share one, else in files. Both outlive the process, and both hold at most `maxBytes` of
 * answers, the least recently written going first.
 */
export interface AnswerStore {
  save(name: string, text: string): Promise<void>;
  load(name: string): Promise<string | undefined>;
}

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * One file per answer, written whole (a temporary file, then a rename), so that an instance reading during an
 * outage never sees half of one. Instances without Redis on one machine may share the folder: each counts the files
 * it found at its start and those it wrote, so together they can hold a little more than the cap until one restarts.
 */
export class DiskAnswers implements AnswerStore {
  // Write order, oldest first: a Map keeps the order of insertion.
  #sizes: Map<string, number> | null = null;
  #bytes = 0;
  #indexing: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  async #index(): Promise<Map<string, number>> {
    this.#indexing ??= (async () => {
      await fsp.mkdir(this.dir, { recursive: true });
      const files = (await fsp.readdir(this.dir)).filter((name) => name.endsWith('.json'));
      const stats = await Promise.all(files.map(async (file) => ({ file, stat: await fsp.stat(path.join(this.dir, file)).catch(() => null) })));
      const sizes = new Map<string, number>();
      for (const { file, stat } of stats.filter((s) => s.stat).sort((a, b) => a.stat!.mtimeMs - b.stat!.mtimeMs)) {
        sizes.set(file.slice(0, -'.json'.length), stat!.size);
        this.#bytes += stat!.size;
      }
      this.#sizes = sizes;
    })();
    await this.#indexing;
    return this.#sizes!;
  }

  async save(name: string, text: string): Promise<void> {
    const sizes = await this.#index();
    const file = path.join(this.dir, `${name}.json`);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fsp.writeFile(temporary, text);
    await fsp.rename(temporary, file);
    this.#bytes -= sizes.get(name) ?? 0;
    sizes.delete(name);
    sizes.set(name, Buffer.byteLength(text));
    this.#bytes += Buffer.byteLength(text);
    for (const [oldest, size] of sizes) {
      if (this.#bytes <= this.maxBytes) break;
      sizes.delete(oldest);
      this.#bytes -= size;
      await fsp.rm(path.join(this.dir, `${oldest}.json`), { force: true });
    }
  }

  async load(name: string): Promise<string | undefined> {
    return fsp.readFile(path.join(this.dir, `${name}.json`), 'utf8').catch(() => undefined);
  }

  get bytes(): number {
    return this.#bytes;
  }
}

// One step, so that instances writing at once keep one count: the answer, its size, its place in the write order,
// and the oldest answers dropped while the total is over the cap.
const SAVE_SCRIPT = `
local old = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or '0')
local size = string.len(ARGV[2])
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], size)
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local total = redis.call('INCRBY', KEYS[4], size - old)
while total > tonumber(ARGV[4]) do
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if not oldest then break end
  local dropped = tonumber(redis.call('HGET', KEYS[3], oldest) or '0')
  redis.call('ZREM', KEYS[2], oldest)
  redis.call('HDEL', KEYS[3], oldest)
  redis.call('DEL', ARGV[5] .. oldest)
  total = redis.call('INCRBY', KEYS[4], -dropped)
end
return total
`;

/** The answers in the instances' shared Redis, under `{prefix}last-good:`. */
export class RedisAnswers implements AnswerStore {
  constructor(
    readonly redis: SharedRedis,
    readonly prefix: string,
    readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  #key = (part: string) => `${this.prefix}last-good:${part}`;

  async save(name: string, text: string): Promise<void> {
    const total = await this.redis.run(
      (client) =>
        client.eval(SAVE_SCRIPT, {
          keys: [this.#key(`answer:${name}`), this.#key('order'), this.#key('sizes'), this.#key('bytes')],
          arguments: [name, text, String(Date.now()), String(this.maxBytes), this.#key('answer:')],
        }),
      null,
    );
    // So that the answer is written again on its next read, once Redis is back.
    if (total === null) throw new Error('Redis is unreachable');
  }

  async load(name: string): Promise<string | undefined> {
    const stored = await this.redis.run((client) => client.get(this.#key(`answer:${name}`)), null);
    return stored == null ? undefined : stored.toString();
  }
}
