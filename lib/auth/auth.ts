import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientAddress } from '@/lib/http/client-address';
import { getDb } from '@/lib/db/client';
import { isPlainText } from '@/lib/http/plain-text';
import { checkedStaff } from './checked-staff';
import { checkLogin } from './login';
import { ABSOLUTE_HOURS, claimsFrom, createStaffSession, endStaffSession, type SessionClaims } from './sessions';
import { isUnreachable } from '@/lib/db/outage.mjs';
import { env } from '@/lib/ops/env.mjs';

declare module 'next-auth' {
  interface User {
    sid?: string;
    sv?: number;
  }
  interface Session {
    claims?: SessionClaims;
  }
}

/** Too many failures: the sign-in form says so instead of "wrong email or password". */
class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}
/** The password is right; the form now asks for the authenticator's code. */
class SecondFactorNeeded extends CredentialsSignin {
  code = 'secondFactor';
}
class WrongCode extends CredentialsSignin {
  code = 'badCode';
}

// A forged character (NUL would reach PostgreSQL in the email lookup) is a wrong email or password like any other.
const typed = (max: number) => z.string().min(1).max(max).refine(isPlainText);
const credentialsSchema = z.object({
  email: typed(320).transform((email) => email.trim()),
  password: typed(1_000),
  code: typed(64).optional().or(z.literal('').transform(() => undefined)),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Hosted behind our own server, not Vercel: the Host header is the site's.
  trustHost: true,
  secret: env().AUTH_SECRET,
  basePath: '/api/auth',
  pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
  // The token is only a pointer to a server-side session row (lib/auth/sessions), checked on every request.
  session: { strategy: 'jwt', maxAge: ABSOLUTE_HOURS * 60 * 60 },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const db = getDb();
        const result = await checkLogin(db, { ...parsed.data, ip: clientAddress(request.headers) });
        if (result.kind === 'throttled') throw new ThrottledSignIn();
        if (result.kind === 'secondFactor') throw new SecondFactorNeeded();
        if (result.kind === 'badCode') throw new WrongCode();
        if (result.kind === 'invalid') return null;
        const sid = await createStaffSession(db, result.user.id);
        return { id: String(result.user.id), name: result.user.name, email: result.user.email, sid, sv: result.user.sessionVersion };
      },
    }),
  ],
  // A wrong password is an answer, and an unreadable session cookie (forged, or from an old secret) is a signed-out
  // visitor: neither is a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin) && (error as { type?: string }).type !== 'JWTSessionError') console.error(error);
    },
  },
  callbacks: {
    // Every read of the session, Auth.js's own /api/auth/session included, checks the session row: a signed-out,
    // deactivated or reset account's cookie gets nothing back (no name, no email) and is cleared.
    async jwt({ token, user }) {
      if (user) return Object.assign(token, { uid: Number(user.id), sid: user.sid, sv: user.sv });
      const claims = claimsFrom(token);
      if (!claims) return null;
      try {
        return (await checkedStaff(claims.uid, claims.sid, claims.sv)) ? token : null;
      } catch (error) {
        // The database is away: Auth.js would take a failure here for a bad session and clear the cookie, signing the
        // editor out with unsaved text. The token stays; it grants nothing, since currentStaff checks the row itself.
        if (isUnreachable(error)) return token;
        throw error;
      }
    },
    session({ session, token }) {
      const claims = claimsFrom(token);
      if (claims) session.claims = claims;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const claims = 'token' in message ? claimsFrom(message.token) : null;
      if (claims) await endStaffSession(getDb(), claims.sid);
    },
  },
});
