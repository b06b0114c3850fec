# syntax=docker/dockerfile:1
# The newsroom's production image: Next's standalone server on Node 24, run by an unprivileged user, with no
# PostgreSQL inside (DATABASE_URL names the server) and the shared page cache in Redis (REDIS_URL).
# deploy/compose.yaml runs it as the production topology; README.md, "Deployment".
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

# Every dependency, for the build only: the `node` runtime package (for machines whose own Node is older) and
# embedded-postgres (the build's own database, below) never reach the runtime stage.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Reader pages are prerendered from a database, so the build starts the embedded PostgreSQL in this stage, with the
# demo content. None of those pages is ever served: the server is configured at build time, and with REDIS_URL set it
# keeps its pages in Redis only (lib/cache/redis/cache-handler.mjs), where a page not stored yet is rendered from
# the real database on its first request. Redis is not reachable here: the build renders as on a miss.
ENV NEXT_TELEMETRY_DISABLED=1 REDIS_URL=redis://redis:6379
RUN npm run build \
 && npx esbuild scripts/migrate.ts --bundle --platform=node --format=esm --target=node24 \
      --outfile=.next/standalone/scripts/migrate.mjs --log-level=warning \
      --external:embedded-postgres --external:@node-rs/argon2 --external:pg-native \
      --banner:js="import { createRequire as newsroomRequire } from 'node:module'; const require = newsroomRequire(import.meta.url);" \
 && rm -rf .data

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
RUN groupadd --system --gid 1001 newsroom \
 && useradd --system --uid 1001 --gid newsroom --home-dir /app --no-create-home newsroom \
 && mkdir -p /data/media /data/last-good \
 && chown -R newsroom:newsroom /data
# The traced server (with lib/http/front-door.mjs, the share images' fonts and the 503's messages: next.config.ts),
# then what Next leaves to be copied beside it: the client assets and public/.
COPY --from=build --chown=newsroom:newsroom /app/.next/standalone ./
COPY --from=build --chown=newsroom:newsroom /app/.next/static ./.next/static
COPY --from=build --chown=newsroom:newsroom /app/public ./public
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    NEWSROOM_MEDIA_DIR=/data/media \
    NEWSROOM_LAST_GOOD_DIR=/data/last-good \
    NEXT_MANUAL_SIG_HANDLE=true \
    NODE_OPTIONS="--import file:///app/lib/http/front-door.mjs"
USER newsroom
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["env", "-u", "NODE_OPTIONS", "node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `node scripts/migrate.mjs` (the one-shot `migrate` service of deploy/compose.yaml) brings DATABASE_URL to the latest
# schema and creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD; the server only reports a schema behind
# it as not ready (lib/ops/readiness.ts).
CMD ["node", "server.js"]
