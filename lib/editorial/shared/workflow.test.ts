import { describe, expect, it } from 'vitest';
import { canMove } from '@/lib/editorial/shared/workflow';

describe('translation workflow', () => {
  it('lets an author only submit a draft for review', () => {
    expect(canMove('author', 'draft', 'review')).toBe(true);
    expect(canMove('author', 'draft', 'published')).toBe(false);
    expect(canMove('author', 'review', 'published')).toBe(false);
    expect(canMove('author', 'draft', 'scheduled')).toBe(false);
    expect(canMove('author', 'published', 'unpublished')).toBe(false);
  });

  it('lets editors and admins publish, schedule and withdraw', () => {
    for (const role of ['editor', 'admin'] as const) {
      expect(canMove(role, 'review', 'published')).toBe(true);
      expect(canMove(role, 'draft', 'scheduled')).toBe(true);
      expect(canMove(role, 'published', 'unpublished')).toBe(true);
      expect(canMove(role, 'unpublished', 'published')).toBe(true);
      expect(canMove(role, 'published', 'draft')).toBe(false);
    }
  });
});
