'use client';

import { useEffect, useRef } from 'react';

/** Fields that say how or when to save, not what: they never make a form "changed". */
const NOT_CONTENT = new Set(['to', 'publishDate', 'publishTime', 'reason', 'version', 'articleVersion', 'sharedBase', 'autosave']);

/** What a form holds, as one string to compare with what was saved; files are left out (an upload is its own change). */
export function formSnapshot(data: FormData): string {
  const entries: [string, string][] = [];
  for (const [key, value] of data.entries()) if (!NOT_CONTENT.has(key) && typeof value === 'string') entries.push([key, value]);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * What a form held as the server sent it: each field's default (its value, checked or selected attribute), not what
 * is in it now. Taken as the saved state at hydration, so text typed before the page's script ran still counts as
 * unsaved. A hidden field's value is its default, so it reads the same either way.
 */
export function defaultSnapshot(form: HTMLFormElement): string {
  const data = new FormData();
  for (const element of Array.from(form.elements)) {
    if (!('name' in element) || !element.name || (element as HTMLInputElement).disabled) continue;
    const name = (element as HTMLInputElement).name;
    if (element instanceof HTMLSelectElement) {
      const options = Array.from(element.options);
      const chosen = options.filter((option) => option.defaultSelected);
      // A single select with no option marked shows its first.
      for (const option of chosen.length > 0 || element.multiple ? chosen : options.slice(0, 1)) data.append(name, option.value);
    } else if (element instanceof HTMLTextAreaElement) {
      data.append(name, element.defaultValue);
    } else if (element instanceof HTMLInputElement) {
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.defaultChecked) data.append(name, element.value);
      } else if (element.type !== 'file' && element.type !== 'submit' && element.type !== 'button' && element.type !== 'image') {
        data.append(name, element.defaultValue);
      }
    }
  }
  return formSnapshot(data);
}

/**
 * While `unsaved()` says so, leaving the page asks first: closing or reloading the tab (the browser's own question) and
 * following a link inside the newsroom (which the browser does not ask about, since the page is not unloaded). Asked
 * at the moment of leaving, so a key pressed just before the click counts.
 */
export function useLeaveGuard(unsaved: () => boolean, question: string): void {
  const check = useRef(unsaved);
  useEffect(() => {
    check.current = unsaved;
  });
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!check.current()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      // Another site unloads the page, and the browser asks; a link within the page leaves nothing.
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (check.current() && !window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    // Capture, on the document: before the router's own handler on React's root takes the click.
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [question]);
}
