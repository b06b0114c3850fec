/**
 * The first import of `npm start` (scripts/run.ts): the environment is checked before any database starts or any
 * other module reads it (lib/env.mjs); then what `npm start` itself prints goes into the same JSON log as the Next
 * server's (lib/log.mjs).
 */
import { checkEnvironment } from '@/lib/env.mjs';
import { routeConsoleThroughLog } from '@/lib/log.mjs';

checkEnvironment();
routeConsoleThroughLog();
