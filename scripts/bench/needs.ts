import { REDIS_INSTALL_HINT, redisAnswers } from '../../test/redis';
import { findVarnishd, VARNISH_INSTALL_HINT } from '../edge-server';

/** Ends a benchmark of the production topology, with what to install, when the edge (varnishd) or a Redis is missing. */
export async function needEdgeAndRedis(): Promise<void> {
  if (!findVarnishd()) {
    console.error(VARNISH_INSTALL_HINT);
    process.exit(1);
  }
  if (!(await redisAnswers())) {
    console.error(REDIS_INSTALL_HINT);
    process.exit(1);
  }
}
