/**
 * One process of the simulated readers of `npm run bench:live` (scripts/bench/bench-live.ts). Each reader holds a live
 * page open through the edge as a reader's page does: it asks GET /live/{locale}/{article}/{seq}; a 200 brings the
 * changed entries (each noted with the moment it arrived) and the number to ask after next; a 204 means the hold ran
 * out, so it asks again at once; a failure makes it wait, longer each time. Started with `fork`, planned and stopped
 * through its IPC channel, and it answers with what each reader received.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface ReadersPlan {
  /** The edge, as http://host:port. */
  edge: string;
  articleId: number;
  /** The number every reader starts from: the page's last change when it opened. */
  seq: number;
  readers: { id: number; locale: string }[];
  /** Epoch milliseconds at which the readers stop and report if the parent has not said so before. */
  deadlineAt: number;
  /** The readers' first requests are spread over this long, as pages opened over a moment would be. */
  rampMs: number;
}

/** An entry as one reader received it: its id, the answer's number, and the epoch milliseconds it arrived at. */
export type Receipt = [entryId: number, seq: number, at: number];

export interface ReaderLog {
  id: number;
  locale: string;
  received: Receipt[];
  /** What should never happen: an entry removed, a reset, coverage ended, an answer that does not move on. */
  anomalies: string[];
}

export interface ReadersReport {
  readers: ReaderLog[];
  /** Answers by status; `error <code>` for a request that failed before one. */
  statuses: Record<string, number>;
  /** This process's CPU seconds (user + system), the readers' own cost. */
  cpuSeconds: number;
  /** The longest any request waited for its answer, and how many waited longer than the origin holds one (20 s). */
  longestMs: number;
  longerThanAHold: number;
}

export type ToReaders = { type: 'start'; plan: ReadersPlan } | { type: 'stop' };
export type FromReaders = { type: 'asking' } | { type: 'report'; report: ReadersReport };

interface FeedAnswer {
  seq: number;
  state: 'live' | 'ended';
  entries: { id: number; removed?: true }[];
  reset?: true;
}

/** A request held at the origin answers within 20 s; well past that it is given up on. */
const REQUEST_TIMEOUT_MS = 45_000;
/** The edge closes a connection idle for 5 s (Varnish's timeout_idle): an idle one is closed here first, never reused as it goes. */
const IDLE_SOCKET_MS = 4_000;
const BACKOFF_MS = { first: 250, max: 5_000 };
/** Per reader: more than the benchmark posts, so a reader that loops on something is cut short, not its memory. */
const MAX_RECEIPTS = 1_000;
const MAX_ANOMALIES = 20;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (message: FromReaders) => new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));

let stopping = false;
/** The origin answers a held request within 20 s; a request waiting longer was kept waiting by the edge. */
const HOLD_MS = 20_000;
let longestMs = 0;
let longerThanAHold = 0;
const statuses: Record<string, number> = {};
const count = (status: string) => (statuses[status] = (statuses[status] ?? 0) + 1);

function ask(agent: http.Agent, url: URL, onSent: () => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { 'accept-encoding': 'gzip', accept: 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, body: body.toString('utf8') });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('no answer in time')));
    request.on('finish', onSent);
    request.on('error', reject);
  });
}

async function follow(plan: ReadersPlan, agent: http.Agent, log: ReaderLog, onFirstSent: () => void): Promise<void> {
  let seq = plan.seq;
  let backoff = BACKOFF_MS.first;
  let first = true;
  const note = (anomaly: string) => log.anomalies.length < MAX_ANOMALIES && log.anomalies.push(anomaly);
  while (!stopping && now() < plan.deadlineAt && log.received.length < MAX_RECEIPTS) {
    let answer: { status: number; body: string };
    const asked = now();
    try {
      answer = await ask(agent, new URL(`/live/${log.locale}/${plan.articleId}/${seq}`, plan.edge), () => {
        if (first) onFirstSent();
        first = false;
      });
    } catch (error) {
      if (stopping) return;
      count(`error ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      await sleep(backoff + Math.random() * backoff);
      backoff = Math.min(backoff * 2, BACKOFF_MS.max);
      continue;
    }
    count(String(answer.status));
    const waited = now() - asked;
    longestMs = Math.max(longestMs, waited);
    if (waited > HOLD_MS + 1_000) longerThanAHold += 1;
    if (answer.status === 204) {
      backoff = BACKOFF_MS.first;
      continue;
    }
    if (answer.status !== 200) {
      await sleep(backoff + Math.random() * backoff);
      backoff = Math.min(backoff * 2, BACKOFF_MS.max);
      continue;
    }
    backoff = BACKOFF_MS.first;
    const at = now();
    const feed = JSON.parse(answer.body) as FeedAnswer;
    for (const entry of feed.entries) {
      if (entry.removed) note(`entry ${entry.id} removed after ${seq}`);
      else log.received.push([entry.id, feed.seq, at]);
    }
    if (feed.reset || feed.state === 'ended') {
      note(`${feed.reset ? 'reset' : 'coverage ended'} after ${seq}`);
      return;
    }
    if (feed.seq <= seq) {
      note(`an answer after ${seq} that stays at ${feed.seq}`);
      await sleep(1_000);
      continue;
    }
    seq = feed.seq;
  }
}

async function run(plan: ReadersPlan): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS, maxSockets: plan.readers.length, maxTotalSockets: plan.readers.length, scheduling: 'lifo' });
  const logs: ReaderLog[] = plan.readers.map(({ id, locale }) => ({ id, locale, received: [], anomalies: [] }));
  let sent = 0;
  const firstSent = () => {
    sent += 1;
    if (sent === logs.length) void send({ type: 'asking' });
  };
  const step = logs.length > 1 ? plan.rampMs / logs.length : 0;
  const loops = logs.map(async (log, i) => {
    await sleep(i * step);
    await follow(plan, agent, log, firstSent);
  });
  await new Promise<void>((resolve) => {
    process.on('message', (message: ToReaders) => {
      if (message.type !== 'stop') return;
      stopping = true;
      // Held requests end here: the readers close their pages.
      agent.destroy();
      resolve();
    });
    setTimeout(resolve, Math.max(0, plan.deadlineAt - now()));
  });
  stopping = true;
  agent.destroy();
  await Promise.race([Promise.allSettled(loops), sleep(5_000)]);
  const usage = process.cpuUsage();
  await send({ type: 'report', report: { readers: logs, statuses, cpuSeconds: (usage.user + usage.system) / 1e6, longestMs, longerThanAHold } });
  process.disconnect();
}

process.once('message', (message: ToReaders) => {
  if (message.type === 'start') void run(message.plan);
});
// Orphaned (the benchmark died): nothing keeps this process alive.
process.on('disconnect', () => {
  stopping = true;
  setTimeout(() => process.exit(0), 1_000).unref();
});
