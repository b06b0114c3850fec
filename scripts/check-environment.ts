/**
 * The first import of `npm start` (scripts/run.ts): the environment is checked before any database starts or any
 * other module reads it (lib/env.mjs).
 */
import { checkEnvironment } from '@/lib/env.mjs';

checkEnvironment();
