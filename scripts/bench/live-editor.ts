/**
 * The editor of `npm run bench:live` (scripts/bench/bench-live.ts): posts, translates and publishes a live page's
 * entries through the live desk's own server actions (lib/editorial/actions.ts, as the desk's forms call them: a
 * signed-in POST with `Next-Action` through the edge to an instance), so each write runs as in production, page refresh
 * and purge included, and the instances hear of it by the live-changes NOTIFY.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromParagraphs } from '@/lib/document/schema';
import type { ActionResult } from '@/lib/editorial/shared/result';
import { locales, type Locale } from '@/lib/i18n/locales';

/** How an entry of the run reaches readers. */
export type EntryKind =
  /** Posted in one language, then translated into the other two at once, each published. */
  | 'all'
  /** Posted and published in one language only: readers of the others must never get it. */
  | 'one'
  /** Posted as a draft in one language and published a second later: nobody may get it before. */
  | 'draft';

export interface PlannedEntry {
  kind: EntryKind;
  /** The language it is posted in (and the only one, unless `all`). */
  first: Locale;
}

/** The run's entries: one language only every third, two drafts published later, the rest in all three. */
export function planEntries(count: number): PlannedEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const kind: EntryKind = i % 10 === 7 ? 'draft' : i % 3 === 0 ? 'one' : 'all';
    // Each kind's first language goes round the three.
    const first = kind === 'one' ? locales[Math.floor(i / 3) % locales.length]! : locales[i % locales.length]!;
    return { kind, first };
  });
}

/** One entry made readable in one language: by which write, and when the editor asked for it and was answered. */
export interface Publication {
  entryId: number;
  locale: Locale;
  /** The change that made it readable there (lib/live/changes.ts). */
  seq: number;
  /** Epoch milliseconds: the editor sent the write; it was answered. */
  requestedAt: number;
  answeredAt: number;
}

const now = () => performance.timeOrigin + performance.now();
const WRITE_TIMEOUT_MS = 60_000;
const WRITE_ATTEMPTS = 3;

/** The ids Next gave the live desk's server actions in this build, from its manifest. */
export function liveDeskActionIds(projectRoot: string): { post: string; saveText: string } {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const idOf = (name: string) => {
    const found = Object.entries(manifest.node).find(([, action]) => action.filename === 'lib/editorial/actions.ts' && action.exportedName === name);
    if (!found) throw new Error(`the build's server-reference-manifest.json names no ${name}: build again (BENCH_BUILD unset)`);
    return found[0];
  };
  return { post: idOf('postLiveEntryAction'), saveText: idOf('saveLiveEntryTextAction') };
}

/**
 * A live desk signed in through the edge. Its writes go as the desk's forms send them: the form's fields as the
 * action's second argument, encoded as React encodes a server action's arguments (the form's fields as `_1_<name>`, then
 * field `0` with the arguments, `$K1` standing for the form), and the result read from the RSC answer.
 */
export class LiveDesk {
  readonly publications: Publication[] = [];
  /** The writes sent, tries again included: requests the edge passed on besides the readers'. */
  writes = 0;
  /** How long each write took to be answered, ms. */
  readonly durations: number[] = [];

  constructor(
    private readonly edge: string,
    private readonly cookie: string,
    private readonly actions: { post: string; saveText: string },
    private readonly articleId: number,
  ) {}

  private async call<T>(actionId: string, fields: Record<string, string>): Promise<T> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
    // Last, as React sends it: the server resolves `$K1` from the fields that came before.
    form.set('0', JSON.stringify([null, '$K1']));
    let response: Response;
    let text: string;
    for (let attempt = 1; ; attempt++) {
      this.writes += 1;
      response = await fetch(`${this.edge}/admin/live/${this.articleId}`, {
        method: 'POST',
        headers: { 'next-action': actionId, accept: 'text/x-component', origin: this.edge, cookie: this.cookie },
        body: form,
        signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
      });
      text = await response.text();
      // The edge's own 503: it reached no origin (its probe found none ready on a starved machine). The write was not
      // made, and the editor sends it again.
      if (response.status !== 503 || attempt === WRITE_ATTEMPTS) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    // The answer's rows are `<id>:<json>`; the action's result is the row that is an ActionResult.
    for (const line of text.split('\n')) {
      const json = line.slice(line.indexOf(':') + 1);
      if (!json.startsWith('{')) continue;
      let row: unknown;
      try {
        row = JSON.parse(json);
      } catch {
        continue;
      }
      if (row && typeof row === 'object' && 'ok' in row) {
        const result = row as ActionResult<T>;
        if (!result.ok) throw new Error(`the desk refused a write: ${JSON.stringify(result.errors)}`);
        return result.data;
      }
    }
    throw new Error(`the desk's answer (${response.status}) held no result: ${text.slice(0, 500)}`);
  }

  private async write<T extends { seq: number }>(actionId: string, fields: Record<string, string>, entryOf: (data: T) => number, locale: Locale | null): Promise<T> {
    const requestedAt = now();
    const data = await this.call<T>(actionId, fields);
    const answeredAt = now();
    this.durations.push(answeredAt - requestedAt);
    if (locale) this.publications.push({ entryId: entryOf(data), locale, seq: data.seq, requestedAt, answeredAt });
    return data;
  }

  /** Posts entry `n` in `locale`, published or as a draft; answers its id. */
  async post(n: number, locale: Locale, publish: boolean): Promise<number> {
    const fields = { articleId: String(this.articleId), locale, title: '', body: entryBody(n, locale), ...(publish ? { publish: 'on' } : {}) };
    const data = await this.write<{ entryId: number; seq: number }>(this.actions.post, fields, (d) => d.entryId, publish ? locale : null);
    return data.entryId;
  }

  /** Saves entry `n`'s text in `locale` and publishes it: a translation added later (version 0) or a draft's. */
  async publishText(n: number, entryId: number, locale: Locale, version: number): Promise<void> {
    const fields = { entryId: String(entryId), locale, version: String(version), title: '', body: entryBody(n, locale), publish: 'on' };
    await this.write<{ version: number; seq: number }>(this.actions.saveText, fields, () => entryId, locale);
  }

  /** Makes entry `n` of the plan readable as its kind says. */
  async make(n: number, { kind, first }: PlannedEntry, draftMs: number): Promise<void> {
    if (kind === 'draft') {
      const entryId = await this.post(n, first, false);
      await new Promise((resolve) => setTimeout(resolve, draftMs));
      await this.publishText(n, entryId, first, 1);
      return;
    }
    const entryId = await this.post(n, first, true);
    if (kind === 'one') return;
    for (const locale of locales) if (locale !== first) await this.publishText(n, entryId, locale, 0);
  }
}

const entryBody = (n: number, locale: Locale) => JSON.stringify(documentFromParagraphs([`Benchmark entry ${n + 1} (${locale}): the storm front moves east.`]));
