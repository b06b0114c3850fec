// @ts-check
/*
 * The reader's island of a live page (components/live/LiveView.tsx): new, edited and deleted entries without a
 * reload. A plain script from this site, not React: it hydrates nothing and costs one small file. It asks
 * `/live/{locale}/{article}/{after}` (app/live/…/route.ts), which answers the changes after the number it has or
 * holds the request until there are some; every reader of a page asks the same URL, so the edge sends one request of
 * them to an origin (deploy/varnish/newsroom.vcl). Every element is built from plain text: an entry's text can never
 * become markup or script.
 */
(() => {
  const list = document.querySelector('ol[data-live-entries][data-live-first-page]');
  if (!(list instanceof HTMLOListElement) || list.dataset.liveState !== 'live') return;
  const locale = list.dataset.liveLocale || '';
  const article = list.dataset.liveArticle || '';
  let seq = Number(list.dataset.liveSeq) || 0;
  const text = (/** @type {string} */ name) => list.dataset[name] || '';
  const baseTitle = document.title;
  /** @type {Map<number, any>} entries held back while the reader is scrolled down */
  const held = new Map();
  let failures = 0;

  const announcer = document.createElement('p');
  announcer.className = 'sr-only';
  announcer.setAttribute('aria-live', 'polite');
  const button = document.createElement('button');
  button.type = 'button';
  button.hidden = true;
  button.dataset.liveNew = '';
  button.className = 'sticky top-2 z-10 mx-auto my-3 block rounded-full bg-accent px-4 py-2 text-sm font-semibold text-white shadow';
  list.before(button, announcer);

  /** "N new entries" in the page's language, from the plural forms the page carries. */
  function countLabel(/** @type {number} */ count) {
    const form = new Intl.PluralRules(locale).select(count);
    return (list.dataset[`new${form[0].toUpperCase()}${form.slice(1)}`] || list.dataset.newOther || '#').replace('#', String(count));
  }

  function el(/** @type {string} */ tag, /** @type {string} */ className, /** @type {string=} */ content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  /** A link's target as the document schema allows it: a path, an anchor or http(s)/mailto; anything else is text. */
  const safeHref = (/** @type {string} */ href) => /^(\/(?![/\\])|#|https?:\/\/|mailto:)/i.test(href);

  function inlines(/** @type {HTMLElement} */ parent, /** @type {any[]} */ content) {
    for (const inline of content || []) {
      /** @type {Node} */
      let node = document.createTextNode(String(inline.text || ''));
      if (inline.bold) node = wrap('strong', node);
      if (inline.italic) node = wrap('em', node);
      if (inline.href && safeHref(String(inline.href))) {
        const a = /** @type {HTMLAnchorElement} */ (wrap('a', node));
        a.href = String(inline.href);
        a.className = 'text-accent underline';
        if (/^https?:/i.test(a.getAttribute('href') || '') && new URL(a.href).origin !== location.origin) a.rel = 'noopener noreferrer nofollow';
        node = a;
      }
      parent.append(node);
    }
  }

  function wrap(/** @type {string} */ tag, /** @type {Node} */ child) {
    const node = document.createElement(tag);
    node.append(child);
    return node;
  }

  function block(/** @type {any} */ b) {
    switch (b.type) {
      case 'paragraph': {
        const p = el('p', '');
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
        const l = el(b.ordered ? 'ol' : 'ul', b.ordered ? 'list-decimal pl-6' : 'list-disc pl-6');
        for (const item of b.items || []) {
          const li = el('li', '');
          inlines(li, item);
          l.append(li);
        }
        return l;
      }
      case 'image': {
        const figure = el('figure', '');
        const img = document.createElement('img');
        img.src = `/media/${Number(b.mediaId)}`;
        img.alt = String(b.alt || '');
        img.loading = 'lazy';
        img.className = 'h-auto w-full rounded-sm bg-neutral-100';
        figure.append(img);
        if (b.caption) figure.append(el('figcaption', 'mt-2 font-sans text-sm text-neutral-600', String(b.caption)));
        return figure;
      }
      case 'youtube': {
        if (!/^[A-Za-z0-9_-]{11}$/.test(String(b.videoId))) return null;
        const box = el('div', 'aspect-video');
        const frame = document.createElement('iframe');
        frame.className = 'h-full w-full';
        frame.src = `https://www.youtube-nocookie.com/embed/${b.videoId}`;
        frame.title = text('labelVideo');
        frame.loading = 'lazy';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
        frame.allow = 'encrypted-media; picture-in-picture; fullscreen';
        box.append(frame);
        return box;
      }
      default:
        return null;
    }
  }

  /** An entry as components/live/LiveEntryView.tsx renders it. */
  function render(/** @type {any} */ entry, /** @type {'li' | 'div'} */ as) {
    const node = el(as, as === 'div' ? 'pb-4 pt-2' : `border-t border-neutral-200 py-5 ${entry.keyEvent ? 'border-l-4 border-l-accent pl-4' : ''}`);
    if (as === 'li') node.id = `entry-${entry.id}`;
    node.dataset.entry = String(entry.id);
    node.dataset.revision = String(entry.revision);
    node.dataset.posted = entry.posted;
    const meta = el('p', 'flex flex-wrap items-center gap-x-3 text-sm text-neutral-600');
    const anchor = /** @type {HTMLAnchorElement} */ (el('a', 'font-semibold text-neutral-900 tabular-nums hover:underline'));
    anchor.href = `#entry-${entry.id}`;
    anchor.setAttribute('aria-label', `${text('labelEntryLink')}: ${entry.time}`);
    const time = el('time', '', entry.time);
    time.setAttribute('datetime', entry.posted);
    anchor.append(time);
    meta.append(anchor);
    if (entry.keyEvent) meta.append(el('span', 'font-semibold uppercase text-accent', text('labelKeyEvent')));
    if (entry.pinned && as === 'div') meta.append(el('span', 'font-semibold uppercase', text('labelPinned')));
    node.append(meta);
    if (entry.title) node.append(el('h3', 'mt-2 font-serif text-xl font-bold leading-snug', entry.title));
    const body = el('div', 'space-y-5 font-serif text-lg leading-relaxed');
    for (const b of entry.blocks || []) {
      const child = block(b);
      if (child) body.append(child);
    }
    const bodyBox = el('div', 'mt-2');
    bodyBox.append(body);
    node.append(bodyBox);
    if (entry.author) node.append(el('p', 'mt-2 text-sm font-semibold text-neutral-700', entry.author));
    return node;
  }

  const shown = (/** @type {number} */ id) => list.querySelector(`:scope > li[data-entry="${id}"]`);

  /** Where a new entry goes among those shown, newest first; null when it belongs on an older page. */
  function placeFor(/** @type {any} */ entry) {
    for (const li of list.children) {
      const other = /** @type {HTMLElement} */ (li);
      if ((other.dataset.posted || '') < entry.posted || ((other.dataset.posted || '') === entry.posted && Number(other.dataset.entry) < entry.id)) return { before: other };
    }
    return document.querySelector('a[rel="next"]') ? null : { before: null };
  }

  function insert(/** @type {any} */ entry) {
    const place = placeFor(entry);
    if (!place) return;
    list.insertBefore(render(entry, 'li'), place.before);
    document.querySelector('[data-live-empty]')?.remove();
  }

  function updateKeyEvent(/** @type {any} */ entry) {
    const nav = document.querySelector('[data-live-key-events]');
    const ul = nav?.querySelector('ul');
    if (!(nav instanceof HTMLElement) || !ul) return;
    ul.querySelector(`[data-key-event="${entry.id}"]`)?.remove();
    if (!entry.removed && entry.keyEvent) {
      const li = el('li', 'flex gap-3');
      li.dataset.keyEvent = String(entry.id);
      const time = el('time', 'shrink-0 text-sm text-neutral-600 tabular-nums', entry.time);
      time.setAttribute('datetime', entry.posted);
      const a = /** @type {HTMLAnchorElement} */ (el('a', 'font-semibold text-accent hover:underline', entry.title || textOf(entry)));
      a.href = `#entry-${entry.id}`;
      li.append(time, a);
      const after = [...ul.children].find((other) => (other.querySelector('time')?.getAttribute('datetime') || '') < entry.posted);
      ul.insertBefore(li, after || null);
    }
    nav.hidden = ul.children.length === 0;
  }

  function textOf(/** @type {any} */ entry) {
    const first = (entry.blocks || []).find((/** @type {any} */ b) => Array.isArray(b.content));
    const all = first ? first.content.map((/** @type {any} */ i) => i.text).join('') : '';
    return all.length > 100 ? `${all.slice(0, 99).trimEnd()}…` : all;
  }

  function updatePinned(/** @type {any} */ entry) {
    const box = document.querySelector('[data-live-pinned]');
    const current = box?.querySelector(`[data-entry="${entry.id}"]`);
    if (!box || !current) return;
    if (entry.removed || !entry.pinned) box.remove();
    else current.replaceWith(render(entry, 'div'));
  }

  /** The reader is reading further down: new entries wait behind the button instead of moving the text. */
  const readingBelow = () => list.getBoundingClientRect().top < -40;

  function apply(/** @type {any} */ feed) {
    let added = 0;
    for (const entry of feed.entries) {
      updateKeyEvent(entry);
      updatePinned(entry);
      const existing = /** @type {HTMLElement | null} */ (shown(entry.id));
      if (entry.removed) {
        existing?.remove();
        held.delete(entry.id);
      } else if (existing) {
        if (Number(existing.dataset.revision) < entry.revision) existing.replaceWith(render(entry, 'li'));
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
      if (updated && (updated.getAttribute('datetime') || '') < feed.updated.iso) {
        updated.setAttribute('datetime', feed.updated.iso);
        updated.textContent = text('updatedTemplate').replace('{time}', feed.updated.text);
      }
    }
    if (added > 0) announcer.textContent = countLabel(added);
    showHeld();
  }

  function showHeld() {
    button.hidden = held.size === 0;
    button.textContent = countLabel(held.size);
    document.title = held.size ? `(${held.size}) ${baseTitle}` : baseTitle;
  }

  button.addEventListener('click', () => {
    if (button.dataset.reload !== undefined) {
      location.reload();
      return;
    }
    for (const entry of [...held.values()].sort((a, b) => (a.posted < b.posted ? -1 : 1))) insert(entry);
    held.clear();
    showHeld();
    list.scrollIntoView({ block: 'start' });
    /** @type {HTMLElement | null} */ (list.querySelector('li a'))?.focus({ preventScroll: true });
  });
  addEventListener('scroll', () => {
    if (held.size && !readingBelow()) button.click();
  }, { passive: true });

  function ended() {
    const status = document.querySelector('[data-live-status] [data-testid="live-mark"]');
    status?.replaceWith(el('span', 'font-semibold uppercase text-neutral-800', text('endedText')));
    list.dataset.liveState = 'ended';
  }

  const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
  /** After a failure: 1, 2, 4… up to 60 s, each ±50 %, so that readers who failed together do not return together. */
  const backoff = () => Math.min(60_000, 1_000 * 2 ** Math.min(failures - 1, 6)) * (0.5 + Math.random());
  const shownAgain = () => new Promise((resolve) => document.addEventListener('visibilitychange', resolve, { once: true }));

  /**
   * React hydrates the page after this deferred script has run, and on a slow device its hydration can end after the
   * first answer arrives: an entry put into the list before then would be thrown away with the server's markup as a
   * mismatch. Changes are applied once React has claimed the list (its fiber on the element), or after 10 s.
   */
  const hydrated = () => Object.keys(list).some((key) => key.startsWith('__reactFiber$'));
  async function untilHydrated() {
    for (let tries = 0; tries < 100 && !hydrated(); tries++) await sleep(100);
  }

  async function follow() {
    for (;;) {
      // A hidden tab stops asking; shown again, it asks for everything after the number it has.
      while (document.visibilityState === 'hidden') await shownAgain();
      const started = Date.now();
      try {
        const response = await fetch(`/live/${locale}/${article}/${seq}`, { headers: { accept: 'application/json' } });
        if (response.status === 204) {
          failures = 0;
          // An answer at once with nothing in it (a busy instance): never ask again in a tight loop.
          if (Date.now() - started < 1_000) await sleep(2_000 + Math.random() * 2_000);
          continue;
        }
        if (!response.ok) throw new Error(`live updates answered ${response.status}`);
        const feed = await response.json();
        failures = 0;
        await untilHydrated();
        if (feed.reset) {
          button.dataset.reload = '';
          button.hidden = false;
          button.textContent = text('reloadText');
          return;
        }
        apply(feed);
        seq = Math.max(seq, Number(feed.seq) || 0);
        if (feed.state === 'ended') {
          ended();
          return;
        }
      } catch {
        failures += 1;
        await sleep(backoff());
      }
    }
  }

  void follow();
})();
