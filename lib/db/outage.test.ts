import { afterEach, describe, expect, it, vi } from 'vitest';
import { databaseAway, noteReachable, noteUnreachable } from './outage.mjs';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('an outage of PostgreSQL, as one process sees it', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('begins at the first failure and ends only on an answer to a query sent after the latest failure: a server shutting down is one outage', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const infos = vi.spyOn(console, 'info').mockImplementation(() => {});
    const sentBefore = Date.now();
    vi.advanceTimersByTime(100);
    noteUnreachable(refused());
    vi.advanceTimersByTime(100);
    const sentDuring = Date.now();
    vi.advanceTimersByTime(100);
    // Another connection fails after that query was sent, and then the query is answered on a connection still open.
    noteUnreachable(refused());
    noteReachable(sentBefore);
    noteReachable(sentDuring);
    expect(infos).not.toHaveBeenCalled();
    expect(databaseAway()).toBe(true);
    vi.advanceTimersByTime(100);
    noteUnreachable(refused());
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]![0]).toMatch(/^\[newsroom\] PostgreSQL is unreachable \(connect ECONNREFUSED/);

    // Back: a query sent after every failure is answered.
    vi.advanceTimersByTime(1_000);
    noteReachable(Date.now() - 10);
    expect(infos).toHaveBeenCalledTimes(1);
    expect(infos.mock.calls[0]![0]).toMatch(/^\[newsroom\] PostgreSQL answers again after 1\.3 s/);
    noteReachable();
    expect(infos).toHaveBeenCalledTimes(1);
    // A page failing just after still counts as the outage's, until the aftermath has passed.
    expect(databaseAway()).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(databaseAway()).toBe(false);
  });
});
