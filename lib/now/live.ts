import 'server-only';
import { sharedRedis } from '@/lib/redis/connection.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

/**
 * The live window: which readers were present on which page in the last WINDOW_MINUTES minutes. In Redis when
 * REDIS_URL is set, so every instance counts into one picture; in this process's memory otherwise, and while Redis is
 * away. A key is `page|locale|source`, with '*' for "any page" or "any language" and 'all' for "any source".
 */
export const WINDOW_MINUTES = 5;
/** Readers of one key kept at most (the oldest go first): a flood cannot grow a key without end. */
export const MAX_READERS_PER_KEY = 100_000;
/** Entries the in-memory window holds at most in all, and the keys Redis lists at most. */
export const MAX_MEMORY_ENTRIES = 400_000;
export const MAX_KEYS = 5_000;

export interface Presence {
  key: string;
  reader: string;
}
export interface Engagement {
  /** `page|locale` */
  key: string;
  reader: string;
  seconds: number;
}

export interface LiveWindow {
  readonly name: 'redis' | 'memory';
  /** Marks readers present in `minute`; answers, for each, whether it is the first time in that minute. */
  mark(minute: number, items: Presence[]): Promise<boolean[]>;
  /** Adds engaged seconds to each reader of a page in `hour`. */
  engage(hour: number, items: Engagement[]): Promise<void>;
  /** Readers per key in the window that ends with `minute`. */
  counts(minute: number): Promise<Map<string, number>>;
  /** Engaged seconds of each reader of `key` in `hour` and the hour before, for a median. */
  engagedSeconds(hour: number, key: string): Promise<number[]>;
}

// ---- in memory ----

interface MemoryState {
  keys: Map<string, Map<string, number>>;
  entries: number;
  engaged: Map<string, Map<string, number>>;
  pruned: number;
}
const memory = () => processWide<MemoryState>('newsroom.nowMemory', () => ({ keys: new Map(), entries: 0, engaged: new Map(), pruned: 0 }));

function pruneMemory(s: MemoryState, minute: number): void {
  if (s.pruned === minute && s.entries < MAX_MEMORY_ENTRIES) return;
  s.pruned = minute;
  for (const [key, readers] of s.keys) {
    for (const [reader, seen] of readers) {
      if (seen <= minute - WINDOW_MINUTES) {
        readers.delete(reader);
        s.entries -= 1;
      }
    }
    if (readers.size === 0) s.keys.delete(key);
  }
  const hour = Math.floor(minute / 60);
  for (const key of s.engaged.keys()) if (Number(key.split('|', 1)[0]) < hour - 1) s.engaged.delete(key);
}

export const memoryWindow: LiveWindow = {
  name: 'memory',
  async mark(minute, items) {
    const s = memory();
    pruneMemory(s, minute);
    return items.map(({ key, reader }) => {
      let readers = s.keys.get(key);
      if (!readers) {
        if (s.keys.size >= MAX_KEYS) return false;
        readers = new Map();
        s.keys.set(key, readers);
      }
      const seen = readers.get(reader);
      if (seen !== undefined && seen >= minute) return false;
      if (seen === undefined) {
        if (s.entries >= MAX_MEMORY_ENTRIES || readers.size >= MAX_READERS_PER_KEY) return false;
        s.entries += 1;
      }
      readers.set(reader, minute);
      return true;
    });
  },
  async engage(hour, items) {
    const s = memory();
    for (const { key, reader, seconds } of items) {
      const hourKey = `${hour}|${key}`;
      let readers = s.engaged.get(hourKey);
      if (!readers) {
        if (s.engaged.size >= MAX_KEYS) continue;
        readers = new Map();
        s.engaged.set(hourKey, readers);
      }
      if (!readers.has(reader) && readers.size >= MAX_READERS_PER_KEY) continue;
      readers.set(reader, (readers.get(reader) ?? 0) + seconds);
    }
  },
  async counts(minute) {
    const s = memory();
    const counts = new Map<string, number>();
    for (const [key, readers] of s.keys) {
      let n = 0;
      for (const seen of readers.values()) if (seen > minute - WINDOW_MINUTES) n += 1;
      if (n > 0) counts.set(key, n);
    }
    return counts;
  },
  async engagedSeconds(hour, key) {
    const s = memory();
    const total = new Map<string, number>();
    for (const h of [hour - 1, hour]) for (const [reader, seconds] of s.engaged.get(`${h}|${key}`) ?? []) total.set(reader, (total.get(reader) ?? 0) + seconds);
    return [...total.values()];
  },
};

/** Empties the in-memory window (a restart, in tests). */
export function forgetMemoryWindow(): void {
  Object.assign(memory(), { keys: new Map(), entries: 0, engaged: new Map(), pruned: 0 });
}

// ---- in Redis ----

const KEY_TTL_SECONDS = (WINDOW_MINUTES + 5) * 60;
const ENGAGED_TTL_SECONDS = 2 * 3_600 + 600;

class RedisUnavailable extends Error {}

/** The live window in the Redis at `url`, its keys under `prefix`. Every method throws when Redis does not answer. */
export function redisWindow(url: string, prefix = 'now:'): LiveWindow {
  const index = `${prefix}index`;
  const run = async <T>(operation: Parameters<ReturnType<typeof sharedRedis>['run']>[0]): Promise<T> => {
    const unavailable = Symbol('unavailable');
    const result = await sharedRedis(url).run(operation, unavailable);
    if (result === unavailable) throw new RedisUnavailable('Redis does not answer');
    return result as T;
  };
  return {
    name: 'redis',
    async mark(minute, items) {
      return run<boolean[]>(async (client) => {
        // Commands sent in one tick go as one pipeline.
        const added = items.map(({ key, reader }) => client.zAdd(`${prefix}r:${key}`, { score: minute, value: reader }, { comparison: 'GT', CH: true }));
        const keys = [...new Set(items.map((item) => item.key))];
        const upkeep = keys.flatMap((key) => [
          client.zAdd(index, { score: minute, value: key }, { comparison: 'GT' }),
          client.zRemRangeByScore(`${prefix}r:${key}`, '-inf', minute - WINDOW_MINUTES),
          client.zRemRangeByRank(`${prefix}r:${key}`, 0, -MAX_READERS_PER_KEY - 1),
          client.expire(`${prefix}r:${key}`, KEY_TTL_SECONDS),
        ]);
        upkeep.push(client.zRemRangeByScore(index, '-inf', minute - WINDOW_MINUTES), client.zRemRangeByRank(index, 0, -MAX_KEYS - 1), client.expire(index, KEY_TTL_SECONDS));
        const [results] = await Promise.all([Promise.all(added), Promise.all(upkeep)]);
        return results.map((changed) => Number(changed) > 0);
      });
    },
    async engage(hour, items) {
      await run(async (client) => {
        const keys = new Set<string>();
        const writes = items.map(({ key, reader, seconds }) => {
          keys.add(`${prefix}e:${hour}:${key}`);
          return client.hIncrBy(`${prefix}e:${hour}:${key}`, reader, seconds);
        });
        for (const key of keys) writes.push(client.expire(key, ENGAGED_TTL_SECONDS));
        await Promise.all(writes);
        return true;
      });
    },
    async counts(minute) {
      return run<Map<string, number>>(async (client) => {
        const keys = (await client.zRangeByScore(index, minute - WINDOW_MINUTES + 1, '+inf')).map(String);
        const numbers = await Promise.all(keys.map((key) => client.zCount(`${prefix}r:${key}`, minute - WINDOW_MINUTES + 1, '+inf')));
        const counts = new Map<string, number>();
        keys.forEach((key, i) => {
          if (Number(numbers[i]) > 0) counts.set(key, Number(numbers[i]));
        });
        return counts;
      });
    },
    async engagedSeconds(hour, key) {
      return run<number[]>(async (client) => {
        const [before, current] = await Promise.all([client.hGetAll(`${prefix}e:${hour - 1}:${key}`), client.hGetAll(`${prefix}e:${hour}:${key}`)]);
        const total = new Map<string, number>();
        for (const hash of [before, current]) for (const [reader, seconds] of Object.entries(hash)) total.set(reader, (total.get(reader) ?? 0) + Number(String(seconds)));
        return [...total.values()];
      });
    },
  };
}
