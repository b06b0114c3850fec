# The origins of the edge in deploy/compose.yaml, as scripts/edge-server.ts writes them for `npm run edge`: the two
# instances app1 and app2, the edge's own assembly socket, the instances' network as purgers, and no proxy in front
# of the edge (behind a CDN, list its networks in trusted_proxies and in the instances' TRUSTED_PROXIES).
# deploy/compose.test.ts checks that this file is what originsVcl() makes of the compose file.
import directors;
probe ready {
    .url = "/api/ready";
    .interval = 500ms;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}
backend origin0 {
    .host = "app1";
    .port = "3000";
    .probe = ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}
backend origin1 {
    .host = "app2";
    .port = "3000";
    .probe = ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}
backend assembler {
    .host = "127.0.0.1";
    .port = "8081";
    .first_byte_timeout = 60s;
}
acl purgers {
    "127.0.0.1";
    "::1";
    "172.30.0.0"/24;
}
acl trusted_proxies {
}
sub vcl_init {
    new origins = directors.round_robin();
    origins.add_backend(origin0);
    origins.add_backend(origin1);
    new after_origin0 = directors.fallback();
    after_origin0.add_backend(origin1);
    after_origin0.add_backend(origin0);
    new after_origin1 = directors.fallback();
    after_origin1.add_backend(origin0);
    after_origin1.add_backend(origin1);
}
sub edge_next_origin {
    if (bereq.http.x-edge-failed == "origin0") {
        set bereq.backend = after_origin0.backend();
    } elsif (bereq.http.x-edge-failed == "origin1") {
        set bereq.backend = after_origin1.backend();
    }
}
