import 'server-only';
import { fail, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';

/** Thrown out of the write to roll its transaction back when a row is no longer at the version the editor saw. */
class StaleVersion extends Error {}

/** What a versioned update's RETURNING row means: none, and someone else saved first. */
function current<R>(row: R | undefined): R {
  if (row === undefined) throw new StaleVersion();
  return row;
}

function pgCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

export interface WriteErrors {
  /** A unique constraint refused the write (a slug another row has). */
  unique?: ActionErrors;
  /** A foreign key refused it (a category, author or tag that does not exist). */
  reference?: ActionErrors;
}

/**
 * The one way the editorial side writes rows that carry a version. `write` passes every versioned update's RETURNING
 * row through `current`; a missing one aborts the whole write, transaction and revalidation included, and the
 * result is `conflict`. Unique and foreign-key violations become the messages given; any other error is a real
 * failure and is thrown.
 */
export async function versionedWrite<T>(
  write: (checked: typeof current) => Promise<T>,
  errors: WriteErrors = {},
): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await write(current) };
  } catch (error) {
    if (error instanceof StaleVersion) return fail({ form: 'conflict' });
    const code = pgCode(error);
    if (code === '23505' && errors.unique) return fail(errors.unique);
    if (code === '23503' && errors.reference) return fail(errors.reference);
    throw error;
  }
}
