/**
 * What a process and every process under it cost, from /proc (Linux): CPU seconds spent so far and memory resident
 * now. For a server started with its helpers (varnishd and its cache process, `npm start` and the Next server it runs),
 * the whole tree is the cost.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Usage {
  /** User + system CPU seconds of the live processes of the tree (what exited children spent is not counted). */
  cpuSeconds: number;
  rssBytes: number;
}

const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4_096;

interface ProcStat {
  ppid: number;
  ticks: number;
  rssPages: number;
}

function readStats(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields start after its last ')'.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) });
    } catch {
      // A process that ended meanwhile.
    }
  }
  return stats;
}

/** The usage of each tree rooted at the given process ids, read in one pass over /proc. */
export function usageOfTrees(roots: number[]): Usage[] {
  const stats = readStats();
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  return roots.map((root) => {
    const usage: Usage = { cpuSeconds: 0, rssBytes: 0 };
    const queue = [root];
    for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
      const stat = stats.get(pid);
      if (!stat) continue;
      usage.cpuSeconds += stat.ticks / TICKS_PER_SECOND;
      usage.rssBytes += stat.rssPages * PAGE_BYTES;
      queue.push(...(children.get(pid) ?? []));
    }
    return usage;
  });
}
