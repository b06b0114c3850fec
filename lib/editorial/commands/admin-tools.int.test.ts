import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getPublishedArticle } from '@/lib/content/articles';
import { documentFromParagraphs } from '@/lib/document/schema';
import { getTickerRates } from '@/lib/content/rates';
import { getDb } from '@/lib/db/client';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { listenForSiteChanges } from '@/test/notifications';
import { form, staffWithSession, testCategory } from '@/test/staff-session';
import { createArticleAction, saveCoverAction, saveRatesAction, saveTranslationAction, setStatusAction } from '@/lib/editorial/actions';

const paragraph = (text: string) => JSON.stringify(documentFromParagraphs([text]));
const image = (mediaId: number | string, alt: string, caption: string) => JSON.stringify({ version: 1, blocks: [{ type: 'image', mediaId: Number(mediaId), alt, caption }] });

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
const revalidated = vi.hoisted(() => new Set<string>());
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.add(path) }));
withTemporaryMediaDir();

let articleId = '';
let mediaId = 0;
const db = () => getDb();
const articleVersion = async () => String((await db().selectFrom('articles').select('version').where('id', '=', Number(articleId)).executeTakeFirstOrThrow()).version);
const coverForm = async (fields: Record<string, string>) =>
  form({ articleId, version: await articleVersion(), coverMediaId: String(mediaId), alt_ru: '', alt_az: 'Şəkil', alt_en: '', caption_ru: '', caption_az: '', caption_en: '', ...fields });

beforeAll(async () => {
  session.claims = (await staffWithSession('editor')).claims;
  const created = await createArticleAction(null, form({ locale: 'en', title: 'Cover story', categoryId: String(await testCategory()) }));
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  articleId = String(created.data.id);
  await saveTranslationAction(null, form({ articleId, locale: 'en', version: '1', title: 'Cover story', slug: '', lead: 'Lead', body: paragraph('Body'), seoTitle: '', seoDescription: '' }));
  await setStatusAction(null, form({ articleId, locale: 'en', version: '2', to: 'published' }));
  const media = await db()
    .insertInto('media')
    .values({ storage_key: 'cover-test.png', mime_type: 'image/png', width: 1600, height: 900, byte_size: 100, content_hash: '0000000000000000' })
    .returning('id')
    .executeTakeFirstOrThrow();
  mediaId = media.id;
});

describe('the cover image', () => {
  it('needs alt text in a published language, then reaches the reader with its size, caption and alt, and refreshes the article', async () => {
    expect(await saveCoverAction(null, await coverForm({}))).toEqual({ ok: false, errors: { alt_en: 'altRequired' } });
    revalidated.clear();
    const saved = await saveCoverAction(null, await coverForm({ alt_en: 'Flooded street in Baku', caption_en: 'Photo: Anews' }));
    expect(saved).toMatchObject({ ok: true, data: { mediaId } });
    expect([...revalidated].some((path) => path.includes(`/news/${articleId}`))).toBe(true);
    const article = await getPublishedArticle(Number(articleId), 'en');
    expect(article?.cover).toEqual({ mediaId, hash: '0000000000000000', width: 1600, height: 900, alt: 'Flooded street in Baku', caption: 'Photo: Anews' });
  });

  it('keeps a language without alt text for the cover from being published', async () => {
    const created = await saveTranslationAction(null, form({ articleId, locale: 'az', version: '0', title: 'Örtüklü xəbər', slug: '', lead: '', body: paragraph('Mətn'), seoTitle: '', seoDescription: '' }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const publish = form({ articleId, locale: 'az', version: String(created.data.version), to: 'published' });
    expect(await setStatusAction(null, publish)).toEqual({ ok: false, errors: { form: 'coverAltMissing' } });
    const described = await saveCoverAction(null, await coverForm({ alt_en: 'Flooded street in Baku', alt_az: 'Bakıda su basmış küçə' }));
    expect(described).toMatchObject({ ok: true });
    expect(await setStatusAction(null, publish)).toMatchObject({ ok: true });
  });

  it('refuses an unknown image, a stale version and a non-image upload, changing nothing', async () => {
    const before = await db().selectFrom('articles').select(['version', 'cover_media_id']).where('id', '=', Number(articleId)).executeTakeFirstOrThrow();
    expect(await saveCoverAction(null, await coverForm({ coverMediaId: '999999999', alt_en: 'x' }))).toEqual({ ok: false, errors: { coverMediaId: 'unknownMedia' } });
    const stale = await coverForm({ alt_en: 'x' });
    stale.set('version', String(before.version - 1));
    expect(await saveCoverAction(null, stale)).toEqual({ ok: false, errors: { form: 'conflict' } });
    const fake = await coverForm({ alt_en: 'x' });
    fake.append('file', new File([new TextEncoder().encode('<svg onload=alert(1)>')], 'evil.png', { type: 'image/png' }));
    expect(await saveCoverAction(null, fake)).toEqual({ ok: false, errors: { file: 'notImage' } });
    expect(await db().selectFrom('articles').select(['version', 'cover_media_id']).where('id', '=', Number(articleId)).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('takes an uploaded image as the cover, and can be removed with its texts', async () => {
    const upload = await coverForm({ coverMediaId: '', alt_en: 'A grey square' });
    upload.append('file', new File([tinyPng(40, 30)], 'square.png', { type: 'image/png' }));
    const saved = await saveCoverAction(null, upload);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect((await getPublishedArticle(Number(articleId), 'en'))?.cover).toMatchObject({ mediaId: saved.data.mediaId, width: 40, height: 30 });
    expect(await saveCoverAction(null, await coverForm({ coverMediaId: '' }))).toMatchObject({ ok: true, data: { mediaId: null } });
    const row = await db().selectFrom('article_translations').select(['cover_alt']).where('article_id', '=', Number(articleId)).executeTakeFirstOrThrow();
    expect(row.cover_alt).toBeNull();
  });
});

describe('an image in the body', () => {
  it('must name an image in the library', async () => {
    const version = String((await db().selectFrom('article_translations').select('version').where('article_id', '=', Number(articleId)).where('locale', '=', 'en').executeTakeFirstOrThrow()).version);
    const fields = { articleId, locale: 'en', version, title: 'Cover story', slug: '', lead: 'Lead', seoTitle: '', seoDescription: '' };
    expect(await saveTranslationAction(null, form({ ...fields, body: image(999999999, 'Missing', '') }))).toEqual({ ok: false, errors: { body: 'unknownMedia' } });
    expect(await saveTranslationAction(null, form({ ...fields, body: image(mediaId, 'Here', 'Caption') }))).toMatchObject({ ok: true });
  });
});

const DAY = '2024-02-29';
const ratesForm = (fields: Record<string, string>) =>
  form({
    date: DAY,
    ...Object.fromEntries(['USD', 'EUR', 'RUB', 'TRY', 'GBP'].flatMap((c) => [[`value_${c}`, ''], [`nominal_${c}`, c === 'RUB' ? '100' : '1'], [`version_${c}`, '0']])),
    ...fields,
  });

describe('currency rates set by hand', () => {
  afterAll(async () => {
    await db().deleteFrom('currency_rates').where('rate_date', '=', DAY).execute();
  });

  it('validate the day and the plausible range, per field', async () => {
    expect(await saveRatesAction(null, ratesForm({}))).toEqual({ ok: false, errors: { value_USD: 'required' } });
    expect(await saveRatesAction(null, ratesForm({ value_USD: '-1.7' }))).toEqual({ ok: false, errors: { value_USD: 'invalid' } });
    expect(await saveRatesAction(null, ratesForm({ value_USD: '1700' }))).toEqual({ ok: false, errors: { value_USD: 'rateRange' } });
    expect(await saveRatesAction(null, ratesForm({ value_RUB: '2.13', nominal_RUB: '7' }))).toEqual({ ok: false, errors: { nominal_RUB: 'invalid' } });
    expect(await saveRatesAction(null, ratesForm({ date: '2099-01-01', value_USD: '1.7' }))).toEqual({ ok: false, errors: { date: 'rateDate' } });
    expect(await db().selectFrom('currency_rates').select('code').where('rate_date', '=', DAY).execute()).toEqual([]);
  });

  it('are stored as manual with an audit entry and announced, and a stale version is refused', async () => {
    const changes = await listenForSiteChanges();
    try {
      expect(await saveRatesAction(null, ratesForm({ value_USD: '1,7001', value_RUB: '2.1301' }))).toEqual({ ok: true, data: { codes: ['USD', 'RUB'] } });
      await changes.settle();
      expect(changes.received).toEqual(['rates']);
    } finally {
      await changes.close();
    }
    const rows = await db().selectFrom('currency_rates').select(['code', 'value', 'nominal', 'source', 'version']).where('rate_date', '=', DAY).orderBy('code').execute();
    expect(rows).toEqual([
      { code: 'RUB', value: '2.130100', nominal: 100, source: 'manual', version: 1 },
      { code: 'USD', value: '1.700100', nominal: 1, source: 'manual', version: 1 },
    ]);
    // Another editor saw no USD row for the day: their save must not overwrite this one.
    expect(await saveRatesAction(null, ratesForm({ value_USD: '1.8' }))).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await saveRatesAction(null, ratesForm({ value_USD: '1.71', version_USD: '1' }))).toMatchObject({ ok: true });
    const audit = await db().selectFrom('audit_log').select(['action', 'entity']).where('action', '=', 'rates').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(Array.isArray(await getTickerRates())).toBe(true);
  });
});
