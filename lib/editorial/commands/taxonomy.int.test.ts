import { describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { form, staffWithSession } from '@/test/staff-session';
import { locales } from '@/lib/i18n/locales';
import { saveTermAction } from '@/lib/editorial/actions';
import { listTermsForEditing } from '@/lib/editorial/commands/taxonomy';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
const revalidated = vi.hoisted(() => [] as [string, string | undefined][]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string, type?: string) => revalidated.push([path, type]) }));

describe('categories and tags', () => {
  it('are created and renamed in three languages, with slugs from the names, and refresh every page', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const run = Date.now().toString(36);
    const names = { name_ru: `Шахматы ${run}`, name_az: `Şahmat ${run}`, name_en: `Chess ${run}`, slug_ru: '', slug_az: '', slug_en: '' };
    const created = await saveTermAction(null, form({ kind: 'tag', id: '0', version: '0', ...names }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const tag = (await listTermsForEditing('tag')).find((t) => t.id === created.data.id)!;
    expect(tag.names).toEqual({
      ru: { name: `Шахматы ${run}`, slug: `shakhmaty-${run}` },
      az: { name: `Şahmat ${run}`, slug: `sahmat-${run}` },
      en: { name: `Chess ${run}`, slug: `chess-${run}` },
    });
    expect(revalidated).toContainEqual(['/', 'layout']);

    const renamed = await saveTermAction(null, form({ kind: 'tag', id: String(tag.id), version: String(tag.version), ...names, name_en: `Chess news ${run}` }));
    expect(renamed).toEqual({ ok: true, data: { id: tag.id } });
    // The form it came from is now stale.
    expect(await saveTermAction(null, form({ kind: 'tag', id: String(tag.id), version: String(tag.version), ...names }))).toEqual({ ok: false, errors: { form: 'conflict' } });
  });

  it('refuse a slug another term uses and bad input, changing nothing', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const [economy] = (await listTermsForEditing('category')).filter((c) => c.names.en.slug === 'economy');
    const [other] = (await listTermsForEditing('category')).filter((c) => c.names.en.slug !== 'economy');
    if (!economy || !other) throw new Error('demo categories missing');
    const fields = Object.fromEntries(locales.flatMap((l) => [[`name_${l}`, other.names[l].name], [`slug_${l}`, other.names[l].slug]]));
    const taken = await saveTermAction(null, form({ kind: 'category', id: String(other.id), version: String(other.version), ...fields, slug_en: 'economy' }));
    expect(taken).toEqual({ ok: false, errors: { form: 'slugTaken' } });
    const bad = await saveTermAction(null, form({ kind: 'category', id: String(other.id), version: String(other.version), ...fields, name_az: ' ', slug_ru: 'Кириллица' }));
    expect(bad).toEqual({ ok: false, errors: { name_az: 'required', slug_ru: 'invalidSlug' } });
    expect((await listTermsForEditing('category')).find((c) => c.id === other.id)).toEqual(other);
  });
});
