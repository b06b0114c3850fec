import { describe, expect, it } from 'vitest';
import { processWide } from './singleton.mjs';

describe('a process-wide value', () => {
  it('is made once, on first use, and is the same value for every module that asks for it by its key', async () => {
    let made = 0;
    const key = `newsroom.test.${Math.random()}`;
    const first = processWide(key, () => ({ made: ++made }));
    // Another copy of a module (another bundle of the same file) asks again, with a maker of its own.
    const again = processWide(key, () => ({ made: ++made }));
    expect(again).toBe(first);
    expect(made).toBe(1);
    expect(processWide(`${key}.other`, () => 'other')).toBe('other');
  });
});
