import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is `secret`, compared in constant time: both sides are hashed first, so neither the secret's
 * characters nor its length show in how long a wrong guess takes. The one comparison of secrets in the site.
 */
export function secretMatches(given: string, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** Whether an `Authorization` header carries `Bearer {secret}`. */
export function bearerMatches(header: string | null, secret: string): boolean {
  return header?.startsWith('Bearer ') === true && secretMatches(header.slice('Bearer '.length), secret);
}
