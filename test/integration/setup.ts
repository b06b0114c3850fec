import { inject } from 'vitest';

// The app's one client (lib/db/client) reads DATABASE_URL, exactly as in production.
process.env.DATABASE_URL = inject('databaseUrl');
// What `npm start` generates into .data/auth-secret: signs sessions, seals two-factor secrets (lib/auth/two-factor).
process.env.AUTH_SECRET ??= 'integration-test-secret';
