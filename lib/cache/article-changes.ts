import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { processWide } from '@/lib/ops/singleton.mjs';

/**
 * Article changes, told to every app instance. Without REDIS_URL each instance keeps its own page cache, and the one
 * that saved an article revalidates its own pages at once (lib/cache/revalidate.ts); the others hear of it here, over
 * PostgreSQL NOTIFY, and revalidate the same paths (lib/jobs/site-change-listener.ts). With the shared Redis cache
 * the saver's revalidation already reaches every instance, and the others ignore the announcement.
 */
export const ARTICLE_CHANGES_CHANNEL = 'newsroom_article_changes';

// NOTIFY payloads must stay under 8,000 bytes; a change that touches more asks for every page instead.
const MAX_PAYLOAD = 7_500;

/** This process's id, so that it can ignore what it announced itself. */
export function instanceId(): string {
  return processWide('newsroom.instanceId', () => randomUUID());
}

const sitePath = z.string().regex(/^\/[^\s]*$/).max(1_000);
const articleChange = z.object({
  origin: z.string().min(1).max(64),
  paths: z.array(sitePath).max(500),
  warm: z.array(sitePath).max(500),
  everything: z.boolean().optional(),
});
export type ArticleChange = z.infer<typeof articleChange>;

export function articleChangePayload(paths: string[], warm: string[]): string {
  const payload = JSON.stringify({ origin: instanceId(), paths, warm });
  return payload.length <= MAX_PAYLOAD ? payload : JSON.stringify({ origin: instanceId(), paths: [], warm: [], everything: true });
}

/** The announced change, or null for anything that is not one (a notification is never trusted blindly). */
export function parseArticleChange(payload: string | undefined): ArticleChange | null {
  try {
    const parsed = articleChange.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function announceArticleChange(paths: string[], warm: string[]): Promise<void> {
  await sql`select pg_notify(${ARTICLE_CHANGES_CHANNEL}, ${articleChangePayload(paths, warm)})`.execute(getDb());
}
