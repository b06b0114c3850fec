/**
 * `npm run bench:auth`: how long argon2id takes here with the site's parameters, and whether checking an unknown
 * email (dummy hash) takes as long as a wrong password, which is what keeps timing from revealing accounts.
 */
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from '@/lib/auth/password';

const ROUNDS = 15;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

const stored = await hashPassword('the right password');
const figures = {
  hash: await median(() => hashPassword('the right password')),
  wrongPassword: await median(() => verifyPassword(stored, 'a wrong password')),
  unknownEmail: await median(() => verifyPassword(null, 'a wrong password')),
};
console.log(`argon2id m=${PASSWORD_HASH_OPTIONS.memoryCost} KiB t=${PASSWORD_HASH_OPTIONS.timeCost} p=${PASSWORD_HASH_OPTIONS.parallelism}, median of ${ROUNDS}:`);
for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(14)} ${ms.toFixed(1)} ms`);
