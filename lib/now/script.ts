/**
 * The reader pages' one script of our own, for the newsroom's "now" board (lib/now/, app/api/now): it says which page
 * is open and where the reader came from (the referrer's host only, or '.' for this site), then, every 15 seconds the
 * page was visible and the reader active (a key, a scroll, a touch or a pointer move in the last 30 s), that it was.
 * It sets no cookie, uses no storage and sends nothing else; a page changed by client navigation counts as a new one.
 * Plain inline JavaScript (about 600 bytes, 400 gzipped; the budget in docs/performance.md), allowed by the reader
 * pages' policy (next.config.ts), so the pages stay static and need no client component. Sent by
 * components/site/NowBeacon.tsx; its size is in `npm run bench:js`.
 */
export const NOW_SCRIPT =
  '(function(){var d=document,l=location,n=navigator,a=Date.now(),e=0,p,r=d.referrer.split("/")[2]||"";if(r==l.host)r=".";' +
  'function s(x){n.sendBeacon&&n.sendBeacon("/api/now?p="+encodeURIComponent(p)+"&r="+encodeURIComponent(r)+"&e="+x)}' +
  'function o(){if(p!=l.pathname){if(e)s(e);e=0;if(p)r=".";p=l.pathname;s(0)}}o();' +
  '["pointermove","keydown","scroll","touchstart"].forEach(function(t){addEventListener(t,function(){a=Date.now()},{passive:!0})});' +
  'setInterval(function(){o();if(d.visibilityState=="visible"&&Date.now()-a<3e4&&++e>14){s(e);e=0}},1e3);' +
  'addEventListener("pagehide",function(){if(e)s(e);e=0})})()';
