import { inject } from 'vitest';

// The app's one client (lib/db/client) reads DATABASE_URL, exactly as in production.
process.env.DATABASE_URL = inject('databaseUrl');
