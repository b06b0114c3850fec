import 'server-only';
import type { z } from 'zod';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { currentStaff } from '@/lib/auth/staff';
import { isUnreachable } from '@/lib/db/outage.mjs';
import type { Role } from '@/lib/db/schema';
import { fail, isErrorKey, type ActionErrors, type ActionResult } from './result';

export { fail, type ActionErrors, type ActionResult, type ErrorKey } from './result';

function schemaErrors(error: z.ZodError): ActionErrors {
  const errors: ActionErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    if (isErrorKey(issue.message)) errors[field] = issue.message;
    else if (issue.code === 'too_small') errors[field] = issue.minimum === 1 ? 'required' : 'tooShort';
    else if (issue.code === 'too_big') errors[field] = 'tooLong';
    else if (issue.code === 'invalid_format' && issue.format === 'email') errors[field] = 'invalidEmail';
    else errors[field] = 'invalid';
  }
  return errors;
}

/** Form fields as an object; a name sent more than once (checkboxes, multi-selects) becomes an array. */
function formObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/**
 * Every server action of the admin is made with this: it checks the session and the role, then parses the form with
 * the schema, and only then runs the body with the staff member in hand. No action can forget either check.
 * The signature fits React's useActionState. While the database is away the editor is told so, and the form keeps
 * the text: a thrown error would replace the editor's page with an error page. A save is one transaction, so an
 * outage in its middle writes nothing.
 */
export function staffAction<S extends z.ZodType, T>(
  role: Role,
  schema: S,
  body: (staff: Staff, input: z.output<S>) => Promise<ActionResult<T>>,
): (previous: unknown, formData: FormData) => Promise<ActionResult<T>> {
  return async (_previous, formData) => {
    try {
      const staff = await currentStaff();
      if (!staff) return fail({ form: 'signedOut' });
      if (!hasRole(staff.role, role)) return fail({ form: 'forbidden' });
      if (!(formData instanceof FormData)) return fail({ form: 'invalid' });
      const parsed = schema.safeParse(formObject(formData));
      if (!parsed.success) return fail(schemaErrors(parsed.error));
      return await body(staff, parsed.data);
    } catch (error) {
      if (isUnreachable(error)) return fail({ form: 'unavailable' });
      throw error;
    }
  };
}
