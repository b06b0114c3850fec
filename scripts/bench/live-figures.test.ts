import { describe, expect, it } from 'vitest';
import { countOriginRequests, deliveries, liveRequestsInLog } from './live-figures';
import type { Publication } from './live-editor';
import type { ReaderLog } from './live-readers';

// Entry 1 in ru and az, entry 2 in ru only, entry 3 in az only; announced 5 ms after each write was sent.
const publications: Publication[] = [
  { entryId: 1, locale: 'ru', seq: 1, requestedAt: 1_000, answeredAt: 1_100 },
  { entryId: 1, locale: 'az', seq: 2, requestedAt: 1_200, answeredAt: 1_300 },
  { entryId: 2, locale: 'ru', seq: 3, requestedAt: 2_000, answeredAt: 2_100 },
  { entryId: 3, locale: 'az', seq: 4, requestedAt: 3_000, answeredAt: 3_100 },
];
const announced = new Map(publications.map((p) => [p.seq, p.requestedAt + 5]));
const reader = (locale: string, received: [number, number, number][]): ReaderLog => ({ id: 0, locale, received, anomalies: [] });

describe("the live benchmark's figures", () => {
  it('time each entry from its announcement in the reader’s language, first reader and spread per publication', () => {
    const figures = deliveries(publications, announced, [
      reader('ru', [[1, 1, 1_105], [2, 3, 2_205]]),
      reader('ru', [[1, 1, 1_305], [2, 3, 2_105]]),
      reader('az', [[1, 2, 1_255], [3, 4, 3_055]]),
    ]);
    expect(figures).toMatchObject({ expected: 6, received: 6, missing: 0, duplicates: 0, wrongLanguage: 0, outOfOrder: 0, early: 0 });
    expect(figures.fromCommit.maxMs).toBe(300);
    expect(figures.firstReader.maxMs).toBe(100);
    expect(figures.fanOut.maxMs).toBe(200);
  });

  it('count what a reader must never see: twice, another language’s, out of order, before it was asked for, or not at all', () => {
    const figures = deliveries(publications, announced, [
      reader('ru', [[2, 3, 2_100], [1, 1, 2_200], [2, 3, 2_300]]),
      reader('az', [[2, 3, 2_100], [1, 2, 1_100]]),
    ]);
    expect(figures).toMatchObject({ duplicates: 1, wrongLanguage: 1, outOfOrder: 1, early: 1, missing: 1, received: 3, expected: 4 });
  });

  it('count the origins’ live requests from their log lines, per URL beyond one a hold', () => {
    const line = (path: string, status: number, endedAt: number, durationMs: number) =>
      JSON.stringify({ level: 'info', time: new Date(endedAt).toISOString(), path, status, durationMs, method: 'GET' });
    const log = [
      line('/live/ru/42/0', 204, 21_000, 20_000),
      line('/live/ru/42/0', 200, 25_000, 4_000),
      line('/live/ru/42/1', 200, 26_000, 900),
      line('/live/ru/42/1', 200, 26_100, 50),
      line('/ru/news/42-storm', 200, 26_200, 30),
      'not json',
    ].join('\n');
    const requests = liveRequestsInLog(log);
    expect(requests).toHaveLength(4);
    expect(countOriginRequests(requests, 0, 30_000)).toEqual({ requests: 4, byStatus: { 200: 3, 204: 1 }, mostForOneUrl: 2, beyondOneAHold: 1 });
    expect(countOriginRequests(requests, 21_000, 30_000).requests).toBe(3);
  });
});
