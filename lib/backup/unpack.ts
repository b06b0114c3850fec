import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { digestFile, Digesting, listFiles } from './files';
import { BackupError, parseManifest, type Manifest } from './manifest';
import type { ProgressFactory } from '@/lib/cli/progress';

/**
 * Unpacks a backup into `work` and checks every byte against its manifest: each table's data and each media file
 * by size and SHA-256, and nothing in the file that the manifest does not list. Anything else (not gzip, not tar,
 * cut short, altered) is refused with a BackupError before the database is touched.
 */
export async function unpackBackup(file: string, work: string, progress: ProgressFactory): Promise<Manifest> {
  const bar = progress((await stat(file)).size / 1e6, 'MB', 'unpacking');
  try {
    await pipeline(
      createReadStream(file),
      new Digesting((chunk) => bar.add(chunk.byteLength / 1e6)),
      // Strict: a damaged header is an error, not a warning. Only files and folders are written (no links), and
      // node-tar keeps every path inside `work` (no absolute paths, no `..`).
      tar.x({ cwd: work, strict: true, filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory') }),
    );
  } catch (error) {
    throw new BackupError(`${file} cannot be read as a newsroom backup: ${unreadable(error)}`, { cause: error });
  }
  bar.finish();

  let manifestText: string;
  try {
    manifestText = await readFile(path.join(work, 'manifest.json'), 'utf8');
  } catch {
    throw new BackupError(`${file} is not a newsroom backup: it holds no manifest.json`);
  }
  let manifest: Manifest;
  try {
    manifest = parseManifest(manifestText);
  } catch (error) {
    if (error instanceof BackupError) throw new BackupError(`${file} cannot be restored: ${error.message}`);
    throw error;
  }

  const expected = new Map<string, { bytes: number; sha256: string }>([
    ...manifest.tables.map((t) => [`data/${t.name}.copy`, t] as const),
    ...manifest.media.list.map((f) => [`media/${f.path}`, f] as const),
  ]);
  const found = (await listFiles(work)).filter((relative) => relative !== 'manifest.json');
  const extra = found.filter((relative) => !expected.has(relative));
  if (extra.length) throw new BackupError(`${file} is damaged: it holds files its manifest does not list (${extra.slice(0, 3).join(', ')})`);
  const check = progress(manifest.tables.reduce((sum, t) => sum + t.bytes, 0) / 1e6 + manifest.media.bytes / 1e6, 'MB', 'checking');
  for (const [relative, want] of expected) {
    const have = await digestFile(path.join(work, relative), (chunk) => check.add(chunk.byteLength / 1e6)).catch(() => null);
    if (!have) throw new BackupError(`${file} is damaged or cut short: ${relative} is missing`);
    if (have.bytes !== want.bytes || have.sha256 !== want.sha256) throw new BackupError(`${file} is damaged: ${relative} differs from its manifest`);
  }
  check.finish();
  return manifest;
}

/**
 * The manifest alone, read from the head of the file (it is the first entry), so that a restore the database would
 * refuse is refused before a large file is unpacked.
 */
export async function readManifest(file: string): Promise<Manifest> {
  const source = createReadStream(file);
  const text = await new Promise<string | null>((resolve, reject) => {
    const parser = new tar.Parser({
      strict: true,
      onReadEntry: (entry) => {
        if (entry.path !== 'manifest.json') {
          resolve(null);
          source.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => {
          resolve(Buffer.concat(chunks).toString('utf8'));
          source.destroy();
        });
      },
    });
    parser.on('error', (error: unknown) => reject(error));
    parser.on('end', () => resolve(null));
    source.on('error', reject);
    source.pipe(parser);
  }).catch((error: unknown) => {
    throw new BackupError(`${file} cannot be read as a newsroom backup: ${unreadable(error)}`, { cause: error });
  });
  if (text === null) throw new BackupError(`${file} is not a newsroom backup: it does not begin with a manifest.json`);
  try {
    return parseManifest(text);
  } catch (error) {
    if (error instanceof BackupError) throw new BackupError(`${file} cannot be restored: ${error.message}`);
    throw error;
  }
}

function unreadable(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(message ?? '')) return 'it is cut short (truncated)';
  if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ENTRY_INVALID' || code === 'Z_DATA_ERROR' || /unrecognized archive|incorrect header/i.test(message ?? '')) return 'it is not a gzip\'d tar file';
  return message ?? String(error);
}
