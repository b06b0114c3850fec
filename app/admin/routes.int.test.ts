import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { GET as locale } from '@/app/admin/locale/route';
import { GET as mediaPage } from '@/app/api/admin/media/route';
import { GET as nowBoard } from '@/app/api/admin/now/route';
import { GET as deskChanges } from '@/app/api/admin/live/[article]/[after]/route';
import { GET as preview } from '@/app/api/admin/preview/route';
import { POST as presence } from '@/app/api/admin/presence/route';
import { GET as tagSuggestions } from '@/app/api/admin/tags/route';
import { POST as internalJobs } from '@/app/api/internal/jobs/route';

vi.mock('@/lib/auth/auth', () => ({ auth: async () => null }));

const root = path.resolve(import.meta.dirname, '..', '..');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [path.relative(root, full)] : [];
  });
}

describe('admin route handlers', () => {
  it('are the ones checked here', () => {
    const files = [...routeFiles(path.join(root, 'app', 'admin')), ...routeFiles(path.join(root, 'app', 'api', 'admin')), ...routeFiles(path.join(root, 'app', 'api', 'internal'))].sort();
    expect(files).toEqual(['app/admin/locale/route.ts', 'app/api/admin/live/[article]/[after]/route.ts', 'app/api/admin/media/route.ts', 'app/api/admin/now/route.ts', 'app/api/admin/presence/route.ts', 'app/api/admin/preview/route.ts', 'app/api/admin/tags/route.ts', 'app/api/internal/jobs/route.ts']);
  });

  it('refuse signed-out visitors: preview sends them to sign in, presence and the now board answer 401, the media picker, tag suggestions and internal jobs routes do not exist for them', async () => {
    const board = await nowBoard();
    expect(board.status).toBe(401);
    expect(board.headers.get('cache-control')).toBe('no-store, private');
    expect(await board.text()).not.toContain('readers');
    const response = await preview(new NextRequest('http://localhost/api/admin/preview?article=1&locale=en'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/sign-in');
    expect(response.headers.get('set-cookie')).toBeNull();
    const beat = await presence(new NextRequest('http://localhost/api/admin/presence', { method: 'POST', body: '{"articleId":1,"locale":"en","clientId":"aaaaaaaa-bbbb"}' }));
    expect(beat.status).toBe(401);
    expect(beat.headers.get('cache-control')).toBe('private, no-store');
    const media = await mediaPage(new NextRequest('http://localhost/api/admin/media?q=a'));
    expect(media.status).toBe(404);
    expect(await media.text()).toBe('');
    const tags = await tagSuggestions(new NextRequest('http://localhost/api/admin/tags?locale=en&q=oil'));
    expect(tags.status).toBe(404);
    expect(await tags.text()).toBe('');
    const desk = await deskChanges(new Request('http://localhost/api/admin/live/1/0'), { params: Promise.resolve({ article: '1', after: '0' }) });
    expect(desk.status).toBe(401);
    expect(desk.headers.get('cache-control')).toBe('private, no-store');
    expect((await internalJobs(new Request('http://localhost/api/internal/jobs', { method: 'POST', body: '{"task":"publish-due"}' }))).status).toBe(404);
  });

  it('switch the admin language without sending anyone off the admin', async () => {
    for (const back of ['https://evil.example/', '//evil.example', '/en/latest', '/admin/../en']) {
      const response = locale(new NextRequest(`http://localhost/admin/locale?to=ru&back=${encodeURIComponent(back)}`));
      expect(response.headers.get('location')).toBe('/admin');
    }
    const response = locale(new NextRequest('http://localhost/admin/locale?to=en&back=%2Fadmin%2Fusers'));
    expect(response.headers.get('location')).toBe('/admin/users');
    expect(response.headers.get('set-cookie')).toMatch(/^ADMIN_LOCALE=en; Path=\/admin/);
  });
});
