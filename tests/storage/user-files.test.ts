// What the settings page does with a user's files: the data export lists them as working links, and
// deleting the account removes them (rows and files on disk) through Storage with the user's own JWT.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../stack/storage/files.ts';
import { listOwnFiles, ownFileLinks, removeOwnFiles } from '../../src/lib/user-files.ts';
import { signedInUser, sql, stack } from '../helpers/stack.ts';

describe("a user's files", () => {
  it('are exported as links and removed with the account, leaving other users alone', async () => {
    const [user, neighbour] = await Promise.all([signedInUser('files-owner'), signedInUser('files-neighbour')]);
    const uploads = [
      ['voice-answers', `${user.id}/session-1/question-1.webm`, new Blob(['first answer'], { type: 'audio/webm' })],
      ['voice-answers', `${user.id}/session-1/question-2.webm`, new Blob(['second answer'], { type: 'audio/webm' })],
      ['resumes', `${user.id}/cv.pdf`, new Blob(['%PDF resume'], { type: 'application/pdf' })],
      ['avatars', `${user.id}/avatar.png`, new Blob(['png'], { type: 'image/png' })],
    ] as const;
    for (const [bucket, key, blob] of uploads) expect((await user.client.storage.from(bucket).upload(key, blob)).error).toBeNull();
    const theirs = `${neighbour.id}/their.webm`;
    expect(
      (await neighbour.client.storage.from('voice-answers').upload(theirs, new Blob(['theirs'], { type: 'audio/webm' }))).error,
    ).toBeNull();

    const links = await ownFileLinks(user.client, user.id, 3600);
    expect(links.map((link) => `${link.bucket}/${link.path}`).sort()).toEqual(uploads.map(([bucket, key]) => `${bucket}/${key}`).sort());
    for (const [bucket, key, blob] of uploads) {
      const link = links.find((l) => l.bucket === bucket && l.path === key)!;
      expect(link.expires_at === null).toBe(bucket === 'avatars');
      expect(await (await fetch(link.url)).text()).toBe(await blob.text());
    }

    const files = new FileStore(path.join(stack().dir, 'storage'));
    expect(uploads.every(([bucket, key]) => existsSync(files.pathOf(bucket, key)))).toBe(true);
    expect(await removeOwnFiles(user.client, user.id)).toBe(uploads.length);
    expect(await listOwnFiles(user.client, user.id)).toEqual([]);
    expect(uploads.some(([bucket, key]) => existsSync(files.pathOf(bucket, key)))).toBe(false);
    const { error } = await user.client.rpc('delete_my_account', { p_confirm: 'DELETE' });
    expect(error).toBeNull();

    const rows = await sql<{ name: string }>(`select name from storage.objects where name like $1 or name like $2`, [
      `${user.id}/%`,
      `${neighbour.id}/%`,
    ]);
    expect(rows.map((r) => r.name)).toEqual([theirs]);
    expect(existsSync(files.pathOf('voice-answers', theirs))).toBe(true);
  });
});
