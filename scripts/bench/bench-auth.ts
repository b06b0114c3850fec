/**
 * `npm run bench:auth`: how long argon2id takes here with the site's parameters, and whether checking an unknown
 * email (dummy hash) takes as long as a wrong password, which is what keeps timing from revealing accounts.
 */
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from '@/lib/auth/password';
import { saveBenchmark } from './bench-results';

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

const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_OPTIONS;
const gap = Math.abs(figures.unknownEmail - figures.wrongPassword) / figures.wrongPassword;
saveBenchmark({
  benchmark: 'auth',
  title: 'Password hashing at sign-in',
  command: 'npm run bench:auth',
  about: `argon2id with the site's parameters (m=${memoryCost} KiB, t=${timeCost}, p=${parallelism}; OWASP's minimum is m=19 MiB, t=2): hashing a password, checking a wrong one, and checking any password for an email no account has, which must take as long, so that timing does not tell which accounts exist. Medians of ${ROUNDS}.`,
  findings: [
    `A hash takes ${figures.hash.toFixed(0)} ms and a wrong password ${figures.wrongPassword.toFixed(0)} ms; an unknown email ${figures.unknownEmail.toFixed(0)} ms, ${(gap * 100).toFixed(0)} % apart from a wrong password.`,
  ],
  charts: [
    {
      title: 'One sign-in check',
      unit: 'ms',
      better: 'lower',
      bars: [
        { label: 'hash a password', value: figures.hash },
        { label: 'a wrong password', value: figures.wrongPassword },
        { label: 'an unknown email', value: figures.unknownEmail },
      ],
    },
  ],
  results: { parameters: PASSWORD_HASH_OPTIONS, rounds: ROUNDS, medianMs: figures },
});
