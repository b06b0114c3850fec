import { Secret, TOTP } from 'otpauth';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import type { Role } from '@/lib/db/schema';
import * as actions from '@/lib/editorial/actions';
import { form, staffWithSession } from './staff-session';

/** The code an authenticator app shows for `key` (as the page prints it, in groups), `steps` periods from now. */
export function appCode(key: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** The `n`th of a guesser's codes: six digits that are not the app's, even if a period ends meanwhile. */
export function wrongCode(key: string, n = 0): string {
  const right = new Set([-2, -1, 0, 1, 2].map((steps) => appCode(key, steps)));
  for (let candidate = 100_000 + n; ; candidate += 1000) {
    const code = String(candidate % 1_000_000).padStart(6, '0');
    if (!right.has(code)) return code;
  }
}

/**
 * A staff member who has set up two-factor sign-in through the security page's actions, in a session of their own
 * that `signIn` hands to the test's stand-in for `auth()`.
 */
export async function enrolledStaff(role: Role, signIn: (claims: SessionClaims) => void) {
  const staff = await staffWithSession(role);
  signIn(staff.claims);
  const begun = await actions.beginTwoFactorAction(null, form({}));
  if (!begun.ok) throw new Error(JSON.stringify(begun.errors));
  const confirmed = await actions.confirmTwoFactorAction(null, form({ code: appCode(begun.data.key) }));
  if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.errors));
  const { email } = await getDb().selectFrom('users').select('email').where('id', '=', staff.id).executeTakeFirstOrThrow();
  return { ...staff, email, key: begun.data.key, recoveryCodes: confirmed.data.recoveryCodes, uri: begun.data.uri, qrCode: begun.data.qrCode };
}
