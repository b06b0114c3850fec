/**
 * `npm run user:create -- --email a@b.c --name "A B" --role admin [--password …]`: creates a staff user on the
 * site's database (DATABASE_URL, or the embedded one). Without --password it asks for one, unechoed.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createUser, newUserSchema } from '@/lib/auth/accounts';
import { createDb } from '@/lib/db/connect';
import { log, prepareDatabase, provideDatabase } from './database';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' }, password: { type: 'string' } },
});

function askPassword(): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Keep the typed password off the screen.
    const write = (rl as unknown as { _writeToOutput: (s: string) => void });
    write._writeToOutput = (s: string) => {
      if (s.startsWith('Password')) process.stdout.write(s);
    };
    rl.question('Password: ', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

const parsed = newUserSchema.safeParse({ ...values, password: values.password ?? (await askPassword()) });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  console.error('usage: npm run user:create -- --email EMAIL --name NAME --role admin|editor|author [--password PASSWORD]');
  process.exit(2);
}

const database = await provideDatabase();
let code = 0;
try {
  await prepareDatabase(database.url, { demo: 'never' });
  const db = createDb(database.url, 1);
  const id = await createUser(db, parsed.data).finally(() => db.destroy());
  if (id) log(`created ${parsed.data.role} ${parsed.data.email} (user ${id})`);
  else {
    console.error(`a user with the email ${parsed.data.email} already exists`);
    code = 1;
  }
} finally {
  await database.stop();
}
process.exit(code);
