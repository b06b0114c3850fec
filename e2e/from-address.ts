import http from 'node:http';

/**
 * Requests from a chosen loopback address (127.0.0.2, 127.0.0.3, …), as readers and editors at different addresses
 * reach the edge. Neither fetch nor Playwright's request contexts can choose the address they connect from; Node's
 * http can (`localAddress`), and Linux routes all of 127.0.0.0/8 to loopback.
 */
export interface Answer {
  status: number;
  location: string | undefined;
  /** The cookies the answer set, name=value. */
  cookies: string[];
  body: string;
}

export function requestFrom(
  localAddress: string,
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress, signal: AbortSignal.timeout(30_000) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          cookies: (response.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]!),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export type SignInOutcome = { kind: 'signedIn'; cookies: string[] } | { kind: 'refused'; code: string | null };

/**
 * Signs in through Auth.js's own endpoints (the form's server action ends in the same `authorize`, with the same
 * request headers): a CSRF token, then the credentials. A refusal is sent back to the sign-in page with its reason as
 * `code`: `credentials` for a wrong password, `throttled` when the throttle holds the attempt.
 */
export async function signInFrom(localAddress: string, origin: string, user: { email: string; password: string }, headers: Record<string, string> = {}): Promise<SignInOutcome> {
  const csrf = await requestFrom(localAddress, `${origin}/api/auth/csrf`, { headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await requestFrom(localAddress, `${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookies.join('; ') },
    body: new URLSearchParams({ email: user.email, password: user.password, csrfToken, callbackUrl: '/admin' }).toString(),
  });
  if (answer.status !== 302 || !answer.location) throw new Error(`sign-in answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  const refused = new URL(answer.location, origin);
  if (refused.searchParams.has('error')) return { kind: 'refused', code: refused.searchParams.get('code') };
  return { kind: 'signedIn', cookies: [...csrf.cookies, ...answer.cookies] };
}
