import { describe, expect, it } from 'vitest';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import type { TranslationStatus } from '@/lib/db/enums';
import type { Locale } from '@/lib/i18n/locales';
import { staffWithSession, testCategory } from '@/test/staff-session';
import { bakuDay, getDesk } from '@/lib/editorial/reads/desk';

const body = JSON.stringify({ version: 1, blocks: [] });

async function staff(role: 'author' | 'editor'): Promise<Staff> {
  const { id } = await staffWithSession(role);
  return { id, name: `Test ${role}`, email: '', role, sessionId: '', twoFactor: false };
}

async function story(owner: Staff, translations: { locale: Locale; status: TranslationStatus; at?: Date }[]): Promise<number> {
  const db = getDb();
  const { id: authorId } = await db.selectFrom('authors').select('id').where('user_id', '=', owner.id).executeTakeFirstOrThrow();
  const { id } = await db.insertInto('articles').values({ category_id: await testCategory(), author_id: authorId }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('article_translations')
    .values(translations.map((t) => ({ article_id: id, locale: t.locale, slug: `desk-${id}`, title: `Story ${id} ${t.locale}`, body, status: t.status, published_at: t.at ?? null })))
    .execute();
  return id;
}

describe('the day’s desk', () => {
  it('knows Baku’s day: from its midnight (20:00 UTC the day before) to the next', () => {
    expect(bakuDay(new Date('2026-12-07T19:59:00Z'))).toEqual({ start: new Date('2026-12-06T20:00:00Z'), end: new Date('2026-12-07T20:00:00Z') });
    expect(bakuDay(new Date('2026-12-07T20:00:00Z')).start).toEqual(new Date('2026-12-07T20:00:00Z'));
  });

  it('gives an author their own drafts and stories only, and an editor the whole newsroom’s', async () => {
    const now = new Date();
    const { end } = bakuDay(now);
    const laterToday = new Date(Math.min(now.getTime() + 60_000, end.getTime() - 1));
    const author = await staff('author');
    const other = await staff('author');
    const editor = await staff('editor');
    const mine = await story(author, [{ locale: 'az', status: 'draft' }]);
    const theirs = await story(other, [{ locale: 'ru', status: 'review' }]);
    const scheduled = await story(other, [{ locale: 'en', status: 'scheduled', at: laterToday }]);
    const published = await story(author, [
      { locale: 'az', status: 'published', at: now },
      { locale: 'en', status: 'draft' },
    ]);

    const forAuthor = await getDesk(author, now);
    expect(forAuthor.myDrafts.map((s) => s.articleId)).toContain(mine);
    expect(forAuthor.review.map((s) => s.articleId)).not.toContain(theirs);
    expect(forAuthor.scheduledToday.map((s) => s.articleId)).not.toContain(scheduled);
    expect(forAuthor.publishedToday.az.map((s) => s.articleId)).toContain(published);
    // Published in Azerbaijani today; English is only a draft and Russian does not exist.
    expect(forAuthor.gaps.find((g) => g.articleId === published)?.missing).toEqual(['ru', 'en']);

    const forEditor = await getDesk(editor, now);
    expect(forEditor.myDrafts.map((s) => s.articleId)).not.toContain(mine);
    expect(forEditor.review.map((s) => s.articleId)).toContain(theirs);
    expect(forEditor.scheduledToday.map((s) => s.articleId)).toContain(scheduled);
    expect(forEditor.publishedCount.az).toBeGreaterThanOrEqual(1);
  });
});
