import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { announceArticleChange, ARTICLE_CHANGES_CHANNEL, instanceId, parseArticleChange } from './article-changes';

let listener: pg.Client | undefined;
afterEach(async () => {
  await listener?.end();
  listener = undefined;
});

/** Another instance's view: a plain connection listening on the channel, as lib/jobs/site-change-listener.ts listens. */
async function listen(): Promise<{ received: (string | undefined)[]; settle(): Promise<void> }> {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const received: (string | undefined)[] = [];
  listener.on('notification', ({ payload }) => received.push(payload));
  await listener.connect();
  await listener.query(`listen ${ARTICLE_CHANGES_CHANNEL}`);
  const client = listener;
  return { received, settle: async () => void (await client.query('select 1')) };
}

describe('article changes told to the other instances', () => {
  it('reach a listener with the paths to revalidate and warm, and the sender’s id so it can skip its own', async () => {
    const other = await listen();
    await announceArticleChange(['/en/news/7-new-headline', '/en', '/sitemap.xml'], ['/en/news/7-new-headline']);
    await other.settle();
    expect(other.received).toHaveLength(1);
    expect(parseArticleChange(other.received[0])).toEqual({
      origin: instanceId(),
      paths: ['/en/news/7-new-headline', '/en', '/sitemap.xml'],
      warm: ['/en/news/7-new-headline'],
    });
  });

  it('ask for every page when the list would not fit in a notification', async () => {
    const other = await listen();
    const many = Array.from({ length: 300 }, (_, i) => `/az/tag/a-rather-long-tag-name-number-${i}`);
    await announceArticleChange(many, many);
    await other.settle();
    expect(parseArticleChange(other.received[0])).toMatchObject({ everything: true, paths: [] });
  });

  it('ignore anything on the channel that is not such a change', () => {
    for (const payload of [undefined, '', 'rates', '{"origin":"x"}', '{"origin":"x","paths":["https://evil.example/"],"warm":[]}']) {
      expect(parseArticleChange(payload)).toBeNull();
    }
  });
});
