import type pg from 'pg';
import { BackupError } from './manifest';

/*
 * What a backup holds, read from PostgreSQL's catalog rather than listed by hand, so that a table a later migration
 * adds is backed up without anyone remembering to: every table of the public schema but Kysely's own two, which
 * describe the schema, not the content (a restore rebuilds them by migrating).
 */

export interface TableInfo {
  name: string;
  /** The columns a COPY writes: generated columns are computed again on load. */
  columns: string[];
}

const SCHEMA_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** The content tables, parents before the tables whose foreign keys name them, so a load never breaks a key. */
export async function contentTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname as name,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        and c.relname <> all($1)
      group by c.relname order by c.relname`,
    [SCHEMA_TABLES],
  );
  const { rows: keys } = await client.query<{ child: string; parent: string }>(
    `select conrelid::regclass::text as child, confrelid::regclass::text as parent
       from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace and conrelid <> confrelid`,
  );
  return dependencyOrder(tables, keys);
}

export function dependencyOrder<T extends { name: string }>(tables: T[], keys: { child: string; parent: string }[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  let left = [...tables];
  while (left.length) {
    const ready = left.filter((table) => keys.every((key) => key.child !== table.name || placed.has(key.parent) || !left.some((t) => t.name === key.parent)));
    if (!ready.length) throw new Error(`foreign keys form a cycle among ${left.map((t) => t.name).join(', ')}`);
    for (const table of ready) placed.add(table.name);
    ordered.push(...ready);
    left = left.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

export interface SequenceValue {
  name: string;
  /** bigint, as text. */
  value: string;
  called: boolean;
}

export async function sequenceValues(client: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace order by relname`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of rows) {
    const { rows: [row] } = await client.query<{ value: string; called: boolean }>(
      `select last_value::text as value, is_called as called from ${client.escapeIdentifier(name)}`,
    );
    values.push({ name, value: row!.value, called: row!.called });
  }
  return values;
}

/** The migrations the database has run, oldest first; null when it has no newsroom schema at all. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const { rows: [exists] } = await client.query<{ found: boolean }>(`select to_regclass('public.kysely_migration') is not null as found`);
  if (!exists!.found) return null;
  const { rows } = await client.query<{ name: string }>('select name from kysely_migration order by name');
  return rows.map((row) => row.name);
}

/** Tables in the public schema, Kysely's included: a database with none is a fresh one. */
export async function hasAnyTable(client: pg.ClientBase): Promise<boolean> {
  const { rows: [row] } = await client.query<{ found: boolean }>(
    `select exists (select 1 from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')) as found`,
  );
  return row!.found;
}

export async function holdsRows(client: pg.ClientBase, tables: TableInfo[]): Promise<string[]> {
  const full: string[] = [];
  for (const table of tables) {
    const { rows: [row] } = await client.query<{ found: boolean }>(`select exists (select 1 from ${client.escapeIdentifier(table.name)}) as found`);
    if (row!.found) full.push(table.name);
  }
  return full;
}

export function requireNewsroomSchema(migrations: string[] | null): string[] {
  if (!migrations?.length) throw new BackupError('the database has no newsroom schema (it was never migrated): there is nothing to back up');
  return migrations;
}
