/** Signs a staff member in through `origin` (the edge or an instance), as the sign-in form does; answers the session's cookies. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const pairs = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pairs(csrf).join('; '), origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/admin' }).toString(),
  });
  const cookies = [...pairs(csrf), ...pairs(answer)];
  if (!cookies.some((cookie) => cookie.includes('session-token'))) throw new Error(`sign-in failed: ${answer.status} ${answer.headers.get('location')}`);
  return cookies.join('; ');
}
