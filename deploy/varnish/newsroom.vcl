# The edge cache in front of the newsroom's `next start` instances (Varnish 7 with the xkey vmod).
#
# One varnishd, two listening sockets, one store:
# - `public`: what readers reach. It stores whole pages as readers get them, so a hit costs what a static file does.
# - `assembly`: on loopback only, asked by `public` on a miss. It stores the origins' pages and the fragments they
#   include (the rates ticker and the breaking line: components/site/EdgeFragment.tsx) and puts them together (ESI).
# A new rate purges the fragment and the assembled pages that show it; the origins' pages stay stored here, so no
# page is rendered again: the next reader's miss is assembled from what the edge has, with the one new fragment.
#
# `npm run edge` (scripts/edge-server.ts) writes origins.vcl beside a copy of this file: the origins, their readiness
# probe and round-robin director `origins`, the `assembler` backend (the assembly socket), `edge_next_origin` (where a
# failed fetch is tried again), and the `purgers` and `trusted_proxies` ACLs.
# Keys and purges: lib/cache/keys.ts, lib/cache/edge.ts. The purge secret is the edge's EDGE_PURGE_SECRET variable.
vcl 4.1;

import std;
import xkey;

include "origins.vcl";

sub vcl_recv {
    # Headers only the edge and the origin speak: a client never sets them.
    unset req.http.xkey;
    unset req.http.xkey-includes;
    unset req.http.x-edge-layer;
    unset req.http.x-edge-failed;
    # The reader's address, for the instances' sign-in throttle, audit and logs (lib/http/forwarded-for.mjs). Varnish has
    # appended client.ip to whatever X-Forwarded-For the client sent; only a proxy of ours in front of the edge (a CDN,
    # a load balancer: `trusted_proxies`, from TRUSTED_PROXIES) may hand on a chain, anyone else's is replaced by the
    # address the edge saw. The instances trust the edge and the same proxies, and walk the chain from the right.
    # The assembly layer gets the chain the public one made, not one with the public layer's loopback address added.
    if (local.socket != "assembly") {
        if (client.ip !~ trusted_proxies) {
            set req.http.X-Forwarded-For = client.ip;
        }
        set req.http.x-edge-forwarded-for = req.http.X-Forwarded-For;
    } elsif (req.http.x-edge-forwarded-for) {
        set req.http.X-Forwarded-For = req.http.x-edge-forwarded-for;
    }
    # One id per reader's request, through both layers to the origin, which logs it and sends it back
    # (lib/http/front-door.mjs); one the client or a proxy in front sent is kept.
    if (!req.http.X-Request-Id) {
        set req.http.X-Request-Id = "edge-" + req.xid;
    }
    if (local.socket == "assembly") {
        set req.http.x-edge-layer = "assembly";
        set req.backend_hint = origins.backend();
    } else {
        set req.http.x-edge-layer = "public";
        set req.backend_hint = assembler;
    }

    if (req.method == "PURGE") {
        # From an instance only: a purger's address and the secret the instances share with the edge. An edge started
        # without EDGE_PURGE_SECRET refuses every purge. VCL has no constant-time comparison; the secret is compared
        # only for requests from a purger's address, and 16+ random characters leave a timing probe nothing to find.
        if (client.ip !~ purgers || std.getenv("EDGE_PURGE_SECRET") == "" || req.http.x-purge-secret != std.getenv("EDGE_PURGE_SECRET")) {
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
    unset req.http.x-purge-secret;

    if (req.method != "GET" && req.method != "HEAD" && req.method != "POST") {
        return (synth(405, "Method Not Allowed"));
    }
    if (req.method == "POST") {
        # Sign-in, server actions, view beacons: straight to an origin, never stored.
        set req.backend_hint = origins.backend();
        return (pass);
    }
    # The newsroom, the API, search and the language choice at `/` answer each reader differently.
    if (req.url ~ "^/(admin|api)(/|\?|$)" || req.url ~ "^/[a-z]{2}/search(/|\?|$)" || req.url ~ "^/(\?|$)") {
        set req.backend_hint = origins.backend();
        return (pass);
    }
    # A live page's changes (app/live/…/route.ts): every reader of a page and language asks the same URL, and the origin
    # holds the request until there is a change. Looked up on the public socket and fetched from an origin directly:
    # all readers waiting for one URL wait on Varnish's waiting list for the one fetch (request coalescing), whose
    # answer they all get. Never from a stale copy: grace would hand out an answer and refetch behind it.
    if (req.url ~ "^/live/") {
        unset req.http.Cookie;
        set req.backend_hint = origins.backend();
        set req.grace = 0s;
        return (hash);
    }
    # Draft and preview views are the editor's own.
    if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|__next_preview_data)=" || req.http.Authorization) {
        set req.backend_hint = origins.backend();
        return (pass);
    }
    # Reader pages never read cookies (DESIGN.md): without them every reader shares one copy.
    unset req.http.Cookie;

    # A stored copy may be served past its lifetime while it is refetched in the background: 10 s while an origin is
    # ready, a day while none is.
    if (std.healthy(origins.backend())) {
        set req.grace = 10s;
    }
    if (req.http.x-edge-stale-ok && req.restarts > 0) {
        set req.grace = 24h;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    # Whole pages and their parts are stored apart.
    hash_data(local.socket);
    # HTML and the RSC payloads of client-side navigation and prefetch never share an entry (the `_rsc` query is in
    # the URL too; Next's Vary on these headers is honoured as well).
    hash_data(req.http.RSC);
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
    return (lookup);
}

sub vcl_backend_fetch {
    # Tried again after an origin failed (vcl_backend_error, vcl_backend_response): on the next ready origin, not on
    # whichever the round robin hands out, which may be the one that just failed until the probe notices.
    if (bereq.retries > 0 && bereq.backend != assembler) {
        call edge_next_origin;
    }
    unset bereq.http.x-edge-failed;
    # The origins never see the edge's own bookkeeping.
    if (bereq.backend != assembler) {
        unset bereq.http.x-edge-layer;
        unset bereq.http.x-edge-stale-ok;
        unset bereq.http.x-edge-forwarded-for;
    }
}

sub vcl_backend_response {
    # An origin that fails a reader's GET or HEAD (an instance going down, a Redis blip) gets one more chance on
    # another. Never a POST: it may have done its work before failing.
    if (beresp.status >= 500 && bereq.retries == 0 && bereq.backend != assembler && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.x-edge-failed = beresp.backend;
        return (retry);
    }
    # A GET or HEAD is taken whole from the origin before any of it goes on: an origin that dies in the middle of a
    # body then fails the fetch, which vcl_backend_error tries again, instead of cutting the reader's answer short.
    if (bereq.backend != assembler && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set beresp.do_stream = false;
    }
    # A failure is never stored. A background refresh that fails keeps the copy the edge has.
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # A live page's changes. An answer with changes is the same for everyone who asks after that number: kept as the
    # origin says (30 s). The 204 of a hold that timed out is kept for no time at all, but is an object, not a pass
    # (hit-for-miss would send each waiting reader to the origin on its own for two minutes). It reaches only the few
    # readers Varnish wakes first (rush_exponent): they ask again, that fetch is held anew, and the other readers
    # stay on the waiting list for it (measured by `npm run bench:live`). So the origin sees one request a hold, and
    # a reader's request may wait here past the origin's 20 s, for as long as the page stays quiet. Held requests are
    # not retried on 5xx here beyond the one retry above: the reader's script backs off.
    if (bereq.url ~ "^/live/") {
        if (beresp.status != 200) {
            set beresp.ttl = 0s;
        }
        set beresp.grace = 0s;
        set beresp.keep = 0s;
        unset beresp.http.Set-Cookie;
        if (beresp.http.Content-Type ~ "^application/json") {
            set beresp.do_gzip = true;
        }
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
    if (bereq.backend == assembler) {
        # A whole page from the assembly socket: stored as it is, compressed already.
        return (deliver);
    }
    # A page from an origin: the assembly socket puts its fragments in (ESI). Its ETag would no longer describe the
    # bytes a reader gets.
    if (beresp.http.Content-Type ~ "^text/html" && beresp.http.xkey) {
        set beresp.do_esi = true;
        unset beresp.http.ETag;
        unset beresp.http.Last-Modified;
    } else {
        unset beresp.http.xkey-includes;
    }
    # Compressed once, when stored; readers who do not accept gzip get it unpacked.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(xml|rss\+xml|json|javascript|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_backend_error {
    # An origin that refused the connection, or dropped it before its answer was whole (stopped, killed, restarting):
    # a GET or HEAD is asked of the next ready origin. A POST is not sent twice.
    if (bereq.retries < 2 && bereq.backend != assembler && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.x-edge-failed = beresp.backend;
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
    if (local.socket == "assembly") {
        # A whole page is labelled with its own keys and those of the fragments put into it, so that a new rate or
        # breaking line purges the pages that show it.
        if (resp.http.xkey-includes) {
            set resp.http.xkey = resp.http.xkey + " " + resp.http.xkey-includes;
            unset resp.http.xkey-includes;
        }
        # Whether the page itself came from the edge's store (HIT) or from an origin, kept with the whole page.
        if (obj.hits > 0) {
            set resp.http.X-Cache-Assembly = "HIT";
        } else {
            set resp.http.X-Cache-Assembly = "MISS";
        }
        return (deliver);
    }
    # What the edge stores it also purges; a browser's own copy it cannot. Chromium honours Next's year of
    # stale-while-revalidate, and would hand a reader back an old page or prefetched payload after a change. Browsers
    # ask again every time instead, and the edge answers from memory.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    }
    unset resp.http.xkey;
    unset resp.http.xkey-includes;
    # A stored answer carries the id of the request that filled the store; the reader gets their own.
    set resp.http.X-Request-Id = req.http.X-Request-Id;
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
