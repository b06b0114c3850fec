/**
 * The first import of `npm start` (scripts/run.ts): the environment is checked before any database starts or any
 * other module reads it (lib/ops/env.mjs); then what `npm start` itself prints goes into the same JSON log as the Next
 * server's (lib/ops/log.mjs).
 */
import { checkEnvironment } from '@/lib/ops/env.mjs';
import { routeConsoleThroughLog } from '@/lib/ops/log.mjs';

checkEnvironment();
routeConsoleThroughLog();
