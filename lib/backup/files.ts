import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { STAGING } from '@/lib/media/files';

export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** A pass-through that hashes, counts bytes and rows (COPY text has one row a line: newlines in values are `\n`). */
export class Digesting extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;

  constructor(private readonly onChunk: (chunk: Buffer) => void = () => {}) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.byteLength;
    this.onChunk(chunk);
    done(null, chunk);
  }

  digest(): FileDigest {
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

export function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  return lines;
}

export async function digestFile(file: string, onChunk?: (chunk: Buffer) => void): Promise<FileDigest> {
  const digesting = new Digesting(onChunk);
  await pipeline(createReadStream(file), digesting, async (source) => {
    for await (const chunk of source) void chunk;
  });
  return digesting.digest();
}

/**
 * Every file under `dir`, as paths relative to it with `/`, sorted. Uploads still being written (`.staging`) are not
 * part of the site yet and are left out, as is anything but plain files and folders. Folders the sweep set aside
 * (`.orphaned`, lib/media/sweep.ts) are kept: they are there for an operator to put back.
 */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.startsWith(`${STAGING}/`))
    .sort();
}
