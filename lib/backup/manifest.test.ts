import { describe, expect, it } from 'vitest';
import { authSecretFingerprint, BACKUP_FORMAT, BACKUP_VERSION, parseManifest, type Manifest } from './manifest';

const sha = 'a'.repeat(64);
const manifest: Manifest = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  createdAt: '2026-12-01T21:00:00.000Z',
  migration: '2026_12_01_60_media_file_names',
  migrations: ['2025_10_01_initial', '2026_12_01_60_media_file_names'],
  tables: [{ name: 'users', columns: ['id', 'email'], rows: 2, bytes: 40, sha256: sha }],
  sequences: [{ name: 'users_id_seq', value: '2', called: true }],
  media: { files: 2, bytes: 30, list: [{ path: 'f0e1d2c3-0000-4000-8000-000000000000/0123456789abcdef/original.jpg', bytes: 10, sha256: sha }, { path: '.orphaned/old/original.png', bytes: 20, sha256: sha }] },
  twoFactor: { users: 0, authSecretFingerprint: null },
};
const text = (value: unknown) => JSON.stringify(value);

describe('a backup manifest', () => {
  it('reads back as written', () => {
    expect(parseManifest(text(manifest))).toEqual(manifest);
  });

  it('is refused, with the reason, when it is not JSON, of another format version, or does not add up', () => {
    expect(() => parseManifest('{"format":')).toThrow('its manifest is not JSON: the file is damaged or not a newsroom backup');
    expect(() => parseManifest(text({ ...manifest, version: 2 }))).toThrow('it is a backup of format version 2; this version of the site reads version 1');
    expect(() => parseManifest(text({ format: 'something else' }))).toThrow(/^its manifest is not a newsroom backup's \(format: /);
    expect(() => parseManifest(text({ ...manifest, media: { ...manifest.media, files: 3 } }))).toThrow('the media count or size disagrees with its list of files');
    expect(() => parseManifest(text({ ...manifest, migration: '2025_10_01_initial' }))).toThrow('its last migration is not the one it names');
  });

  it('names no media file outside the media folder', () => {
    for (const path of ['../etc/passwd', '/etc/passwd', 'a/../../b', '.staging/x/original.jpg', 'a//b']) {
      const list = [{ path, bytes: 30, sha256: sha }];
      expect(() => parseManifest(text({ ...manifest, media: { files: 1, bytes: 30, list } }))).toThrow(/media\.list\.0\.path/);
    }
  });
});

describe('the AUTH_SECRET fingerprint', () => {
  it('tells two secrets apart without containing either, and is absent without a secret', () => {
    const one = authSecretFingerprint('the site secret');
    expect(one).toMatch(/^[0-9a-f]{16}$/);
    expect(authSecretFingerprint('the site secret')).toBe(one);
    expect(authSecretFingerprint('another secret')).not.toBe(one);
    expect(authSecretFingerprint(undefined)).toBeNull();
  });
});
