import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The object files under the stack's data dir. A file's name is the hash of its bucket and key, so
 * any key Storage accepts maps to one safe path, and `a` and `a/b` can both exist (as in S3).
 * Every write lands in a temporary file first and is renamed into place, so a reader sees the old
 * or the new content, never a half-written file.
 */
export class FileStore {
  constructor(readonly root: string) {}

  pathOf(bucket: string, key: string): string {
    return path.join(this.root, digest(bucket), digest(key));
  }

  /** Writes bytes to a temporary file; place() moves it to its object's path. */
  async stage(bytes: Uint8Array): Promise<string> {
    const dir = path.join(this.root, '.staging');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, randomUUID());
    await writeFile(file, bytes);
    return file;
  }

  async place(staged: string, bucket: string, key: string): Promise<void> {
    const target = this.pathOf(bucket, key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(staged, target);
  }

  async discard(staged: string): Promise<void> {
    await rm(staged, { force: true });
  }

  async read(bucket: string, key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(bucket, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async move(from: { bucket: string; key: string }, to: { bucket: string; key: string }): Promise<void> {
    const target = this.pathOf(to.bucket, to.key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.pathOf(from.bucket, from.key), target);
  }

  async copy(from: { bucket: string; key: string }, to: { bucket: string; key: string }): Promise<void> {
    const staged = path.join(this.root, '.staging', randomUUID());
    await mkdir(path.dirname(staged), { recursive: true });
    await copyFile(this.pathOf(from.bucket, from.key), staged);
    await this.place(staged, to.bucket, to.key);
  }

  async remove(bucket: string, key: string): Promise<void> {
    await rm(this.pathOf(bucket, key), { force: true });
  }
}
