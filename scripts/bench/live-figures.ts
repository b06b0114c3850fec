/**
 * The figures of `npm run bench:live` (scripts/bench/bench-live.ts), from what it recorded: how long each published
 * entry took to reach each reader, whether every reader got exactly what it should in the order it was published, and
 * how many requests for a live page's changes reached the origins.
 */
import type { Publication } from './live-editor';
import type { ReaderLog } from './live-readers';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export interface Spread {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export const spread = (values: number[]): Spread => ({ count: values.length, p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: values.length ? Math.max(...values) : NaN });

export interface Deliveries {
  /** Publications times the readers of their language: every (reader, entry) that should arrive. */
  expected: number;
  received: number;
  missing: number;
  /** From the change's announcement (the NOTIFY the instances hear, as the benchmark heard it) to the reader. */
  fromCommit: Spread;
  /** From the editor sending the write to the reader: an upper bound, the write's own work included. */
  fromRequest: Spread;
  /** Per publication, from its announcement to its first reader: the origin's and the edge's part of the way. */
  firstReader: Spread;
  /** Per publication, from its first reader to its last: handing the one answer to every reader waiting for it. */
  fanOut: Spread;
  /** What must never happen. */
  duplicates: number;
  /** An entry this language's readers must not have: published in other languages only, or not by this run. */
  wrongLanguage: number;
  /** An entry that arrived before one published earlier in the same language. */
  outOfOrder: number;
  /** An entry that arrived before the editor asked to publish it in this language (a draft leaking out). */
  early: number;
}

/**
 * Compares what each reader received with what was published in its language. `announcedAt` maps a change's number to
 * the moment its NOTIFY arrived; a change never announced falls back to the moment the write was answered.
 */
export function deliveries(publications: Publication[], announcedAt: Map<number, number>, readers: ReaderLog[]): Deliveries {
  const byLocale = new Map<string, Map<number, Publication>>();
  for (const publication of publications) {
    const ofLocale = byLocale.get(publication.locale) ?? new Map<number, Publication>();
    ofLocale.set(publication.entryId, publication);
    byLocale.set(publication.locale, ofLocale);
  }
  const fromCommit: number[] = [];
  const fromRequest: number[] = [];
  const arrivals = new Map<Publication, { first: number; last: number }>();
  const figures = { expected: 0, received: 0, missing: 0, duplicates: 0, wrongLanguage: 0, outOfOrder: 0, early: 0 };
  for (const reader of readers) {
    const published = byLocale.get(reader.locale) ?? new Map<number, Publication>();
    const seen = new Set<number>();
    let latestSeq = -Infinity;
    for (const [entryId, , at] of reader.received) {
      const publication = published.get(entryId);
      if (!publication) {
        figures.wrongLanguage += 1;
        continue;
      }
      if (seen.has(entryId)) {
        figures.duplicates += 1;
        continue;
      }
      seen.add(entryId);
      if (publication.seq < latestSeq) figures.outOfOrder += 1;
      latestSeq = Math.max(latestSeq, publication.seq);
      if (at < publication.requestedAt) figures.early += 1;
      fromCommit.push(at - (announcedAt.get(publication.seq) ?? publication.answeredAt));
      fromRequest.push(at - publication.requestedAt);
      const arrived = arrivals.get(publication);
      if (arrived) Object.assign(arrived, { first: Math.min(arrived.first, at), last: Math.max(arrived.last, at) });
      else arrivals.set(publication, { first: at, last: at });
    }
    figures.expected += published.size;
    figures.received += seen.size;
    figures.missing += published.size - seen.size;
  }
  const firstReader = [...arrivals].map(([publication, { first }]) => first - (announcedAt.get(publication.seq) ?? publication.answeredAt));
  const fanOut = [...arrivals.values()].map(({ first, last }) => last - first);
  return { ...figures, fromCommit: spread(fromCommit), fromRequest: spread(fromRequest), firstReader: spread(firstReader), fanOut: spread(fanOut) };
}

/** One request an origin answered, from its log: its path, status, and when it arrived and ended (epoch ms). */
export interface OriginRequest {
  path: string;
  status: number;
  startedAt: number;
  endedAt: number;
}

/** The requests for live changes among an instance's log lines (lib/http/front-door.mjs writes one a request). */
export function liveRequestsInLog(log: string): OriginRequest[] {
  const requests: OriginRequest[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes('"/live/')) continue;
    try {
      const entry = JSON.parse(line) as { path?: string; status?: number; time?: string; durationMs?: number };
      if (!entry.path?.startsWith('/live/') || entry.status === undefined || !entry.time || entry.durationMs === undefined) continue;
      const endedAt = Date.parse(entry.time);
      requests.push({ path: entry.path, status: entry.status, startedAt: endedAt - entry.durationMs, endedAt });
    } catch {
      // Not a log line of the front door.
    }
  }
  return requests;
}

export interface OriginCount {
  requests: number;
  byStatus: Record<string, number>;
  /** The most requests any one URL got. */
  mostForOneUrl: number;
  /** Requests beyond one a URL per hold: each URL's requests, less one, less those its timeouts (204) sent again. */
  beyondOneAHold: number;
}

/** The live requests that arrived at the origins in [from, to). */
export function countOriginRequests(requests: OriginRequest[], from: number, to: number): OriginCount {
  const within = requests.filter((request) => request.startedAt >= from && request.startedAt < to);
  const byStatus: Record<string, number> = {};
  const byUrl = new Map<string, { requests: number; timeouts: number }>();
  for (const request of within) {
    byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;
    const url = byUrl.get(request.path) ?? { requests: 0, timeouts: 0 };
    url.requests += 1;
    if (request.status === 204) url.timeouts += 1;
    byUrl.set(request.path, url);
  }
  const urls = [...byUrl.values()];
  return {
    requests: within.length,
    byStatus,
    mostForOneUrl: Math.max(0, ...urls.map((url) => url.requests)),
    beyondOneAHold: urls.reduce((sum, url) => sum + Math.max(0, url.requests - 1 - url.timeouts), 0),
  };
}
