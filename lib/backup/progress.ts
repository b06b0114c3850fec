import { startProgress, type Progress } from '@/lib/cli/progress';

/** How a backup or restore reports its progress: a bar per stage on the command line, nothing in tests. */
export type ProgressFactory = (total: number, unit: string, label: string) => Progress;

export const noProgress: ProgressFactory = () => ({ add: () => {}, finish: () => {} });

export const progressOnStderr: ProgressFactory = (total, unit, label) => startProgress(total, { unit, label });
