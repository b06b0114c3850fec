import { createClient } from '@redis/client';

/**
 * Deletes the keys under `prefix`, a test's or a benchmark's own, and nothing else. Kept apart from test/redis.ts,
 * which reads the site's configuration, so that the end-to-end specs can use it too.
 */
export async function deleteKeysUnder(prefix: string, url: string): Promise<void> {
  const redis = createClient({ url });
  await redis.connect();
  try {
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
  } finally {
    await redis.close();
  }
}
