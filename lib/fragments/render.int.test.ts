import { sql } from 'kysely';
import { createTranslator } from 'use-intl/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { getDb } from '@/lib/db/client';
import { renderFragment } from './render';

// The real messages, as next-intl's request config would load them outside a Next request.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: 'ru' | 'az' | 'en'; namespace: string }) =>
    createTranslator({ locale, messages: { ru, az, en }[locale], namespace: namespace as never }),
}));

afterEach(async () => {
  await getDb().deleteFrom('breaking_news').execute();
});

async function setLine(values: { text: string; link?: string | null; startsInSeconds?: number; expiresInSeconds: number }) {
  await getDb()
    .insertInto('breaking_news')
    .values({
      locale: 'en',
      text: values.text,
      link: values.link ?? null,
      starts_at: sql`now() + make_interval(secs => ${values.startsInSeconds ?? -1})`,
      expires_at: sql`now() + make_interval(secs => ${values.expiresInSeconds})`,
      created_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .execute();
}

describe('the fragments every page includes', () => {
  it('the ticker shows each currency in the locale’s number format, labelled with the key a new rate purges', async () => {
    const ru = await renderFragment('rates', 'ru');
    expect(ru.keys).toEqual(['rates']);
    expect(ru.html).toMatch(/^<section aria-label="Курсы валют"/);
    expect(ru.html).toMatch(/data-currency="USD">.*tabular-nums">1,7000</);
    expect((await renderFragment('rates', 'en')).html).toMatch(/data-currency="USD">.*tabular-nums">1\.7000</);
  });

  it('the breaking line escapes whatever an editor wrote, and never links anywhere but the site or https', async () => {
    await setLine({ text: '<script>alert(1)</script> & "quoted" <img src=x onerror=alert(2)>', link: 'javascript:alert(3)', expiresInSeconds: 600 });
    const { html, keys } = await renderFragment('breaking', 'en');
    expect(keys).toEqual(['breaking:en']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<script|<img|href=/);

    await getDb().updateTable('breaking_news').set({ link: '/en/latest" onmouseover="alert(4)' }).execute();
    expect((await renderFragment('breaking', 'en')).html).not.toContain('onmouseover="');
    await getDb().updateTable('breaking_news').set({ link: 'https://example.org/live' }).execute();
    expect((await renderFragment('breaking', 'en')).html).toContain('<a href="https://example.org/live" class="underline-offset-2 hover:underline" rel="noopener noreferrer">');
  });

  it('the breaking line may be kept only until it starts or ends, and is empty where none is on', async () => {
    await setLine({ text: 'Ends soon', expiresInSeconds: 42 });
    const on = await renderFragment('breaking', 'en');
    expect(on.maxAgeSeconds).toBeGreaterThan(30);
    expect(on.maxAgeSeconds).toBeLessThanOrEqual(42);
    expect((await renderFragment('breaking', 'ru')).html).toBe('');
    await getDb().deleteFrom('breaking_news').execute();
    await setLine({ text: 'Later', startsInSeconds: 90, expiresInSeconds: 600 });
    const soon = await renderFragment('breaking', 'en');
    expect(soon.html).toBe('');
    expect(soon.maxAgeSeconds).toBeLessThanOrEqual(90);
  });
});
