import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as initial from './migrations/2025_10_01_initial';
import * as search from './migrations/2026_11_26_10_search';
import * as ratesViewsBreaking from './migrations/2026_11_26_20_rates_views_breaking';
import * as auth from './migrations/2026_11_26_30_auth';
import * as listingScopes from './migrations/2026_12_01_10_listing_scopes';
import * as mediaVariants from './migrations/2026_12_01_20_media_variants';
import * as signInAddresses from './migrations/2026_12_01_30_sign_in_addresses';
import * as twoFactor from './migrations/2026_12_01_45_two_factor';
import * as mediaFileNames from './migrations/2026_12_01_60_media_file_names';
import * as searchWordsPublished from './migrations/2026_12_07_10_search_words_published';
import * as sessionCodeFailures from './migrations/2026_12_07_20_session_code_failures';
import * as editorDesk from './migrations/2026_12_07_30_editor_desk';
import * as mediaTexts from './migrations/2026_12_07_40_media_texts';
import * as passwordResets from './migrations/2026_12_07_60_password_resets';
import * as nowBoard from './migrations/2026_12_07_70_now_board';
import * as liveCoverage from './migrations/2026_12_07_80_live_coverage';
import * as presenceLeft from './migrations/2026_12_08_10_presence_left';

// Listed by hand rather than read from the folder, so the same list works in scripts, tests and the Next server.
const migrations: Record<string, Migration> = {
  '2025_10_01_initial': initial,
  '2026_11_26_10_search': search,
  '2026_11_26_20_rates_views_breaking': ratesViewsBreaking,
  '2026_11_26_30_auth': auth,
  '2026_12_01_10_listing_scopes': listingScopes,
  '2026_12_01_20_media_variants': mediaVariants,
  '2026_12_01_30_sign_in_addresses': signInAddresses,
  '2026_12_01_45_two_factor': twoFactor,
  '2026_12_01_60_media_file_names': mediaFileNames,
  '2026_12_07_10_search_words_published': searchWordsPublished,
  '2026_12_07_20_session_code_failures': sessionCodeFailures,
  '2026_12_07_30_editor_desk': editorDesk,
  '2026_12_07_40_media_texts': mediaTexts,
  '2026_12_07_60_password_resets': passwordResets,
  '2026_12_07_70_now_board': nowBoard,
  '2026_12_07_80_live_coverage': liveCoverage,
  '2026_12_08_10_presence_left': presenceLeft,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this code knows that the database has not run yet (readiness: an instance ahead of its schema). */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const known = await new Migrator({ db, provider }).getMigrations();
  return known.filter((migration) => !migration.executedAt).map((migration) => migration.name);
}

/** Every migration this code knows, oldest first. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}

/**
 * Migrates up or down to `target` inside whatever transaction `db` is already in (a restore loads its data in the
 * same one, so that a failure leaves the database as it was): Kysely's own transaction is turned off for that.
 */
export async function migrateWithin<DB>(db: Kysely<DB>, target: string): Promise<void> {
  const { error, results = [] } = await new Migrator({ db, provider, disableTransactions: true }).migrateTo(target);
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
