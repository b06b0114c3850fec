import 'server-only';
import type { z } from 'zod';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { currentStaff, signedInStaff } from '@/lib/auth/staff';
import { isUnreachable } from '@/lib/db/outage.mjs';
import type { Role } from '@/lib/db/schema';
import { isPlainText, normalizeText } from '@/lib/http/plain-text';
import { fail, isErrorKey, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';

export { fail, type ActionErrors, type ActionResult, type ErrorKey } from '@/lib/editorial/shared/result';

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

/**
 * Form fields as an object; a name sent more than once (checkboxes, multi-selects) becomes an array. Every text is
 * checked and normalized here, before any schema sees it (lib/http/plain-text), so no field can forget it: a field with a
 * forged character is named in the errors and nothing runs.
 */
function formObject(formData: FormData): { fields: Record<string, unknown>; errors: ActionErrors } {
  const fields: Record<string, unknown> = {};
  const errors: ActionErrors = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).map((value) => {
      if (typeof value !== 'string') return value;
      if (!isPlainText(value) || !isPlainText(key)) errors[isPlainText(key) ? key : 'form'] = 'invalidCharacters';
      return normalizeText(value);
    });
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return { fields, errors };
}

/**
 * Every server action of the admin is made with this: it checks the session and the role, then parses the form with
 * the schema, and only then runs the body with the staff member in hand. No action can forget either check.
 * The signature fits React's useActionState. While the database is away the editor is told so, and the form keeps
 * the text: a thrown error would replace the editor's page with an error page. A save is one transaction, so an
 * outage in its middle writes nothing.
 */
export function staffAction<S extends z.ZodType, T, C = never>(
  role: Role,
  schema: S,
  body: (staff: Staff, input: z.output<S>) => Promise<ActionResult<T, C>>,
  // The actions of the security page are open to an admin who must set up two-factor sign-in before anything else.
  options: { whileEnrolling?: boolean } = {},
): (previous: unknown, formData: FormData) => Promise<ActionResult<T, C>> {
  return async (_previous, formData) => {
    try {
      const staff = options.whileEnrolling ? await signedInStaff() : await currentStaff();
      if (!staff) return fail({ form: (await signedInStaff()) ? 'twoFactorRequired' : 'signedOut' });
      if (!hasRole(staff.role, role)) return fail({ form: 'forbidden' });
      if (!(formData instanceof FormData)) return fail({ form: 'invalid' });
      const { fields, errors } = formObject(formData);
      if (Object.keys(errors).length > 0) return fail(errors);
      const parsed = schema.safeParse(fields);
      if (!parsed.success) return fail(schemaErrors(parsed.error));
      return await body(staff, parsed.data);
    } catch (error) {
      if (isUnreachable(error)) return fail({ form: 'unavailable' });
      throw error;
    }
  };
}
