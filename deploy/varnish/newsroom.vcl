# The edge cache in front of the newsroom's `next start` instances (Varnish 7 with the xkey vmod).
# `npm run edge` (scripts/edge.ts) writes origins.vcl beside a copy of this file: the backends, their readiness
# probe, the round-robin director `origins` and the `purgers` ACL. Keys, purges and fragments: lib/cache/keys.ts,
# lib/cache/edge.ts, components/site/EdgeFragment.tsx.
vcl 4.1;

import std;
import xkey;

include "origins.vcl";

sub vcl_recv {
    set req.backend_hint = origins.backend();
    # Headers only the edge and the origin speak: a client never sets them.
    unset req.http.xkey;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # xkey-purge drops what the keys label; xkey-softpurge only makes it stale, to be refetched while grace lasts.
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        } elsif (req.http.xkey-softpurge) {
            set req.http.x-purged = xkey.softpurge(req.http.xkey-softpurge);
        } else {
            return (synth(400, "Name the keys to purge in the xkey-purge or xkey-softpurge header"));
        }
        return (synth(200, "Purged " + req.http.x-purged));
    }
    unset req.http.xkey-purge;
    unset req.http.xkey-softpurge;

    if (req.method != "GET" && req.method != "HEAD" && req.method != "POST") {
        return (synth(405, "Method Not Allowed"));
    }
    if (req.method == "POST") {
        # Sign-in, server actions, view beacons: straight through, never stored.
        return (pass);
    }
    # The newsroom, the API, search and the language choice at `/` answer each reader differently.
    if (req.url ~ "^/(admin|api)(/|\?|$)" || req.url ~ "^/[a-z]{2}/search(/|\?|$)" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Draft and preview views are the editor's own.
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|__next_preview_data)=" || req.http.Authorization) {
        return (pass);
    }
    # Reader pages never read cookies (DESIGN.md): without them every reader shares one copy.
    unset req.http.Cookie;

    # A stored copy may be served past its lifetime while it is refetched in the background: 10 s while an origin is
    # ready, a day while none is.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    if (req.http.x-edge-stale-ok && req.restarts > 0) {
        set req.grace = 24h;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    # HTML and the RSC payloads of client-side navigation and prefetch never share an entry (the `_rsc` query is in
    # the URL too; Next's Vary on these headers is honoured as well).
    hash_data(req.http.RSC);
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
    return (lookup);
}

sub vcl_backend_response {
    # A failure is never stored. A background refresh that fails keeps the copy the edge has.
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # A response that sets a cookie belongs to one reader.
    if (beresp.http.Set-Cookie) {
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Not found and gone are kept briefly; publishing purges them by the article's key anyway.
    if (beresp.status == 404 || beresp.status == 410) {
        set beresp.ttl = 10s;
    }
    # Next asks for a year of stale-while-revalidate; at the edge grace is what outlives an outage.
    set beresp.grace = 24h;
    set beresp.keep = 0s;
    # Pages include the rates ticker and the breaking line as fragments; their ETag would no longer describe the
    # bytes a reader gets.
    if (beresp.http.Content-Type ~ "^text/html" && beresp.http.xkey) {
        set beresp.do_esi = true;
        unset beresp.http.ETag;
        unset beresp.http.Last-Modified;
    }
    # Compressed once, when stored; readers who do not accept gzip get it unpacked.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(xml|rss\+xml|json|javascript|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_backend_error {
    # An origin that refused the connection (stopped, restarting): the next one in the director is asked.
    if (bereq.retries < 2) {
        return (retry);
    }
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "5";
    synthetic("The site is not reachable for a moment. Please try again shortly.\n");
    return (deliver);
}

sub vcl_deliver {
    # An origin failed where the edge has an older copy: ask once more, accepting that copy.
    if (resp.status >= 500 && req.restarts == 0 && req.method == "GET" && !req.http.x-edge-stale-ok) {
        set req.http.x-edge-stale-ok = "1";
        return (restart);
    }
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    unset resp.http.Server;
    unset resp.http.X-Varnish;
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    if (resp.status == 405) {
        set resp.http.Allow = "GET, HEAD, POST";
    }
    synthetic(resp.reason + {"
"});
    return (deliver);
}
