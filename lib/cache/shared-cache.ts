import { env } from '@/lib/ops/env.mjs';

/**
 * Whether this instance keeps its pages in the Redis cache every instance shares (next.config.ts loads
 * lib/cache/redis/cache-handler.mjs when REDIS_URL is set), rather than in its own `.next` folder.
 */
export function isCacheShared(): boolean {
  return Boolean(env().REDIS_URL);
}
