import { linkTarget } from '@/lib/document/links';
import type { Block, Inline } from '@/lib/document/schema';
import type { FeedEntry, LiveFeed } from '@/lib/live/feed';

/** The page's words the updater needs, in its language (components/live/LiveUpdates.tsx). */
export interface LiveLabels {
  /** "N new entries" per plural category of the page's language, `#` standing for N. */
  newEntries: Partial<Record<Intl.LDMLPluralRule, string>>;
  keyEvent: string;
  pinned: string;
  video: string;
  entryLink: string;
  /** "Updated {time}". */
  updated: string;
  ended: string;
  /** Too far behind to catch up: the button reloads the page. */
  reload: string;
}

type Shown = Extract<FeedEntry, { title: string }>;

/** After a failure: 1, 2, 4… up to 60 s, each ±50 %, so that readers who failed together do not come back together. */
const backoff = (failures: number) => Math.min(60_000, 1_000 * 2 ** Math.min(failures - 1, 6)) * (0.5 + Math.random());
/** How long one request for changes may stay unanswered before it is given up and asked again. */
const GIVE_UP_MS = 30_000;
/** At most this many entries wait behind the "new entries" button; more, and the button reloads the page. */
const MAX_HELD = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function wrap(tag: 'strong' | 'em', child: Node): HTMLElement {
  const node = el(tag);
  node.append(child);
  return node;
}

/** Inline text as components/article/ArticleBody.tsx renders it: from plain text, links only where the schema allows. */
function inlines(parent: HTMLElement, content: Inline[]) {
  for (const inline of content) {
    let node: Node = document.createTextNode(inline.text);
    if (inline.bold) node = wrap('strong', node);
    if (inline.italic) node = wrap('em', node);
    const target = inline.href ? linkTarget(inline.href) : null;
    if (inline.href && target) {
      const a = el('a', 'text-accent underline');
      a.href = inline.href;
      if (target === 'external') a.rel = 'noopener noreferrer nofollow';
      a.append(node);
      node = a;
    }
    parent.append(node);
  }
}

function block(b: Block, labels: LiveLabels): HTMLElement {
  switch (b.type) {
    case 'paragraph': {
      const p = el('p');
      inlines(p, b.content);
      return p;
    }
    case 'heading': {
      const h = el(b.level === 2 ? 'h2' : 'h3', 'font-sans text-2xl font-bold');
      inlines(h, b.content);
      return h;
    }
    case 'quote': {
      const q = el('blockquote', 'border-l-4 border-accent pl-4 italic');
      inlines(q, b.content);
      return q;
    }
    case 'list': {
      const list = el(b.ordered ? 'ol' : 'ul', b.ordered ? 'list-decimal pl-6' : 'list-disc pl-6');
      for (const item of b.items) {
        const li = el('li');
        inlines(li, item);
        list.append(li);
      }
      return list;
    }
    case 'image': {
      const figure = el('figure');
      const img = el('img', 'h-auto w-full rounded-sm bg-neutral-100');
      img.src = `/media/${b.mediaId}`;
      img.alt = b.alt;
      img.loading = 'lazy';
      figure.append(img);
      if (b.caption) figure.append(el('figcaption', 'mt-2 font-sans text-sm text-neutral-600', b.caption));
      return figure;
    }
    case 'youtube': {
      const box = el('div', 'aspect-video');
      const frame = el('iframe', 'h-full w-full');
      frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(b.videoId)}`;
      frame.title = labels.video;
      frame.loading = 'lazy';
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
      frame.allow = 'encrypted-media; picture-in-picture; fullscreen';
      box.append(frame);
      return box;
    }
  }
}

/** An entry as components/live/LiveEntryView.tsx renders it: the same element, classes and anchor. */
function render(entry: Shown, as: 'li' | 'div', labels: LiveLabels): HTMLElement {
  const node = el(as, as === 'div' ? 'pb-4 pt-2' : `border-t border-neutral-200 py-5 ${entry.keyEvent ? 'border-l-4 border-l-accent pl-4' : ''}`);
  if (as === 'li') node.id = `entry-${entry.id}`;
  node.dataset.entry = String(entry.id);
  node.dataset.revision = String(entry.revision);
  node.dataset.posted = entry.posted;
  const meta = el('p', 'flex flex-wrap items-center gap-x-3 text-sm text-neutral-600');
  const anchor = el('a', 'font-semibold text-neutral-900 tabular-nums hover:underline');
  anchor.href = `#entry-${entry.id}`;
  anchor.setAttribute('aria-label', `${labels.entryLink}: ${entry.time}`);
  const time = el('time', '', entry.time);
  time.dateTime = entry.posted;
  anchor.append(time);
  meta.append(anchor);
  if (entry.keyEvent) meta.append(el('span', 'font-semibold uppercase text-accent', labels.keyEvent));
  if (entry.pinned && as === 'div') meta.append(el('span', 'font-semibold uppercase', labels.pinned));
  node.append(meta);
  if (entry.title) node.append(el('h3', 'mt-2 font-serif text-xl font-bold leading-snug', entry.title));
  const body = el('div', 'space-y-5 font-serif text-lg leading-relaxed');
  for (const b of entry.blocks) body.append(block(b, labels));
  const bodyBox = el('div', 'mt-2');
  bodyBox.append(body);
  node.append(bodyBox);
  if (entry.author) node.append(el('p', 'mt-2 text-sm font-semibold text-neutral-700', entry.author));
  return node;
}

/** The first words of an entry without a title, for the key events list. */
function textOf(entry: Shown): string {
  const first = entry.blocks.find((b) => 'content' in b);
  const all = first && 'content' in first ? first.content.map((i) => i.text).join('') : '';
  return all.length > 100 ? `${all.slice(0, 99).trimEnd()}…` : all;
}

/**
 * New, edited and deleted entries of a live page's first page, without a reload: asks `/live/{locale}/{article}/{after}`
 * (app/live/…/route.ts), which answers the changes after the number the page has, or holds the request until there are
 * some. Every reader of a page asks the same URL, so the edge sends one request of them to an origin
 * (deploy/varnish/newsroom.vcl). Runs once React has hydrated the page, so nothing it adds is taken for a mismatch; every
 * element is built from plain text. Answers with a function that stops it.
 */
export function followLive(labels: LiveLabels): () => void {
  const found = document.querySelector('ol[data-live-entries][data-live-first-page]');
  if (!(found instanceof HTMLOListElement) || found.dataset.liveState !== 'live') return () => {};
  const list: HTMLOListElement = found;
  const locale = list.dataset.liveLocale ?? '';
  const article = list.dataset.liveArticle ?? '';
  let seq = Number(list.dataset.liveSeq) || 0;
  const baseTitle = document.title;
  const held = new Map<number, Shown>();
  const stop = new AbortController();
  const plural = new Intl.PluralRules(locale);
  const countLabel = (count: number) => (labels.newEntries[plural.select(count)] ?? labels.newEntries.other ?? '#').replace('#', String(count));

  const announcer = el('p', 'sr-only');
  announcer.setAttribute('aria-live', 'polite');
  const button = el('button', 'sticky top-2 z-10 mx-auto my-3 block rounded-full bg-accent px-4 py-2 text-sm font-semibold text-white shadow');
  button.type = 'button';
  button.hidden = true;
  button.dataset.liveNew = '';
  list.before(button, announcer);

  const shown = (id: number) => list.querySelector<HTMLElement>(`:scope > li[data-entry="${id}"]`);

  /** Where a new entry goes among those shown, newest first; null when it belongs on an older page. */
  function placeFor(entry: Shown): { before: Element | null } | null {
    for (const other of Array.from(list.children) as HTMLElement[]) {
      const posted = other.dataset.posted ?? '';
      if (posted < entry.posted || (posted === entry.posted && Number(other.dataset.entry) < entry.id)) return { before: other };
    }
    return document.querySelector('a[rel="next"]') ? null : { before: null };
  }

  function insert(entry: Shown) {
    const place = placeFor(entry);
    if (!place) return;
    list.insertBefore(render(entry, 'li', labels), place.before);
    document.querySelector('[data-live-empty]')?.remove();
  }

  function updateKeyEvent(entry: FeedEntry) {
    const nav = document.querySelector<HTMLElement>('[data-live-key-events]');
    const ul = nav?.querySelector('ul');
    if (!nav || !ul) return;
    ul.querySelector(`[data-key-event="${entry.id}"]`)?.remove();
    if (!('removed' in entry) && entry.keyEvent) {
      const li = el('li', 'flex gap-3');
      li.dataset.keyEvent = String(entry.id);
      const time = el('time', 'shrink-0 text-sm text-neutral-600 tabular-nums', entry.time);
      time.dateTime = entry.posted;
      const a = el('a', 'font-semibold text-accent hover:underline', entry.title || textOf(entry));
      a.href = `#entry-${entry.id}`;
      li.append(time, a);
      const after = Array.from(ul.children).find((other) => (other.querySelector('time')?.getAttribute('datetime') ?? '') < entry.posted);
      ul.insertBefore(li, after ?? null);
    }
    nav.hidden = ul.children.length === 0;
  }

  function updatePinned(entry: FeedEntry) {
    const box = document.querySelector('[data-live-pinned]');
    const current = box?.querySelector(`[data-entry="${entry.id}"]`);
    if (!box || !current) return;
    if ('removed' in entry || !entry.pinned) box.remove();
    else current.replaceWith(render(entry, 'div', labels));
  }

  /** The reader is reading further down: new entries wait behind the button instead of moving the text. */
  const readingBelow = () => list.getBoundingClientRect().top < -40;

  function showHeld() {
    button.hidden = held.size === 0;
    button.textContent = countLabel(held.size);
    document.title = held.size ? `(${held.size}) ${baseTitle}` : baseTitle;
  }

  function offerReload() {
    held.clear();
    button.dataset.reload = '';
    button.hidden = false;
    button.textContent = labels.reload;
  }

  function apply(feed: LiveFeed) {
    let added = 0;
    for (const entry of feed.entries) {
      updateKeyEvent(entry);
      updatePinned(entry);
      const existing = shown(entry.id);
      if ('removed' in entry) {
        existing?.remove();
        held.delete(entry.id);
      } else if (existing) {
        // Changed in place; an answer older than what is shown changes nothing.
        if (Number(existing.dataset.revision) < entry.revision) existing.replaceWith(render(entry, 'li', labels));
      } else if (readingBelow() || held.size > 0) {
        if (!held.has(entry.id)) added += 1;
        held.set(entry.id, entry);
      } else {
        insert(entry);
        added += 1;
      }
    }
    if (feed.updated) {
      const updated = document.querySelector('[data-live-updated]');
      if (updated && (updated.getAttribute('datetime') ?? '') < feed.updated.iso) {
        updated.setAttribute('datetime', feed.updated.iso);
        updated.textContent = labels.updated.replace('{time}', feed.updated.text);
      }
    }
    if (added > 0) announcer.textContent = countLabel(added);
    if (held.size > MAX_HELD) offerReload();
    else showHeld();
  }

  const onClick = () => {
    if (button.dataset.reload !== undefined) return location.reload();
    for (const entry of [...held.values()].sort((a, b) => (a.posted < b.posted ? -1 : 1))) insert(entry);
    held.clear();
    showHeld();
    list.scrollIntoView({ block: 'start' });
    list.querySelector<HTMLElement>('li a')?.focus({ preventScroll: true });
  };
  const onScroll = () => {
    if (held.size && button.dataset.reload === undefined && !readingBelow()) onClick();
  };
  button.addEventListener('click', onClick);
  addEventListener('scroll', onScroll, { passive: true });

  function ended() {
    document.querySelector('[data-live-status] [data-testid="live-mark"]')?.replaceWith(el('span', 'font-semibold uppercase text-neutral-800', labels.ended));
    list.dataset.liveState = 'ended';
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  const shownAgain = () =>
    new Promise<void>((resolve) => {
      const done = () => (document.removeEventListener('visibilitychange', done), resolve());
      document.addEventListener('visibilitychange', done);
      stop.signal.addEventListener('abort', done, { once: true });
    });

  async function follow() {
    let failures = 0;
    while (!stop.signal.aborted) {
      // A hidden tab stops asking; shown again, it asks for everything after the number it has.
      while (document.visibilityState === 'hidden' && !stop.signal.aborted) await shownAgain();
      const started = Date.now();
      try {
        // Given up after 30 s and asked again: behind the edge a request waits as long as the page is quiet, and a
        // connection idle that long can be dropped by a mobile network without a word.
        const response = await fetch(`/live/${locale}/${article}/${seq}`, {
          headers: { accept: 'application/json' },
          signal: AbortSignal.any([stop.signal, AbortSignal.timeout(GIVE_UP_MS)]),
        });
        if (response.status === 204) {
          failures = 0;
          // An answer at once with nothing in it: never ask again in a tight loop.
          if (Date.now() - started < 1_000) await sleep(2_000 + Math.random() * 2_000);
          continue;
        }
        if (!response.ok) throw new Error(`live updates answered ${response.status}`);
        const feed = (await response.json()) as LiveFeed;
        failures = 0;
        if (feed.reset) return offerReload();
        apply(feed);
        seq = Math.max(seq, Number(feed.seq) || 0);
        if (feed.state === 'ended') return ended();
      } catch (error) {
        if (stop.signal.aborted) return;
        if (error instanceof DOMException && error.name === 'TimeoutError') continue;
        failures += 1;
        await sleep(backoff(failures));
      }
    }
  }

  void follow();
  return () => {
    stop.abort();
    button.removeEventListener('click', onClick);
    removeEventListener('scroll', onScroll);
    button.remove();
    announcer.remove();
    document.title = baseTitle;
  };
}
