import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { testCategory } from '@/test/staff-session';
import { listAudit, listTranslationGaps } from '@/lib/editorial/reads/audit-and-gaps';

describe('translation dashboard', () => {
  it('lists missing languages and translations older than their source', async () => {
    const db = getDb();
    const { author_id } = await db.selectFrom('articles').select('author_id').orderBy('id').executeTakeFirstOrThrow();
    const { id } = await db.insertInto('articles').values({ category_id: await testCategory(), author_id }).returning('id').executeTakeFirstOrThrow();
    const body = JSON.stringify({ version: 1, blocks: [] });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db
      .insertInto('article_translations')
      .values([
        { article_id: id, locale: 'az', slug: `gap-${id}`, title: 'Mənbə', body, status: 'draft', created_at: at(60), updated_at: at(1) },
        { article_id: id, locale: 'en', slug: `gap-${id}`, title: 'Translation', body, status: 'draft', created_at: at(30), updated_at: at(20) },
      ])
      .execute();
    const gap = (await listTranslationGaps()).find((g) => g.id === id);
    expect(gap).toEqual({ id, title: 'Mənbə', source: 'az', missing: ['ru'], stale: ['en'] });
  });
});

describe('audit log', () => {
  it('pages newest first without repeating an entry', async () => {
    await getDb()
      .insertInto('audit_log')
      .values([1, 2, 3].map((n) => ({ action: 'save', entity: 'article', entity_id: String(n) })))
      .execute();
    const first = await listAudit(null, 2);
    expect(first.rows).toHaveLength(2);
    expect(first.next).toBe(first.rows[1]!.id);
    const second = await listAudit(first.next, 2);
    expect(second.rows.length).toBeGreaterThan(0);
    expect(second.rows.every((row) => BigInt(row.id) < BigInt(first.rows[1]!.id))).toBe(true);
  });
});
