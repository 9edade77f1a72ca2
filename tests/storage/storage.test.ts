// Storage through supabase-js (`supabase.storage`) on the test stack: every object operation is
// decided by the migrations' policies on storage.objects, evaluated in Postgres as the caller.
import { beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../../stack/lib/jwt.ts';
import { anonClient, serviceClient, signedInUser, sql, stack, type TestUser } from '../helpers/stack.ts';

const webm = (text = 'voice') => new Blob([`webm:${text}`], { type: 'audio/webm' });
const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: 'image/png' });
const pdf = () => new Blob(['%PDF-1.4 resume'], { type: 'application/pdf' });

describe('storage buckets from the migrations', () => {
  let owner: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    [owner, other] = await Promise.all([signedInUser('store-owner'), signedInUser('store-other')]);
  });

  it('are created with their limits, and only service_role sees them through the API', async () => {
    const { data, error } = await serviceClient().storage.listBuckets();
    expect(error).toBeNull();
    const byId = Object.fromEntries((data ?? []).map((b) => [b.id, b]));
    expect(byId['voice-answers']).toMatchObject({ public: false, file_size_limit: 20 * 1024 * 1024 });
    expect(byId['resumes']).toMatchObject({ public: false, file_size_limit: 5 * 1024 * 1024 });
    expect(byId['avatars']).toMatchObject({ public: true, file_size_limit: 1024 * 1024 });
    const mine = await owner.client.storage.listBuckets();
    expect(mine.data).toEqual([]);
    const created = await owner.client.storage.createBucket('mine');
    expect(created.error).toMatchObject({ status: 403 });
  });

  for (const [bucket, file] of [
    ['voice-answers', webm],
    ['resumes', pdf],
    ['avatars', png],
  ] as const) {
    describe(bucket, () => {
      const key = () => `${owner.id}/folder/file-${bucket}`;
      beforeAll(async () => {
        const { error } = await owner.client.storage.from(bucket).upload(key(), file());
        expect(error).toBeNull();
      });

      it('lets the owner read, list, sign, move and remove', async () => {
        const api = owner.client.storage.from(bucket);
        const downloaded = await api.download(key());
        expect(downloaded.error).toBeNull();
        expect(await downloaded.data!.text()).toBe(await file().text());
        const listed = await api.list(`${owner.id}/folder`);
        expect(listed.data?.map((entry) => entry.name)).toEqual([`file-${bucket}`]);
        const root = await api.list(owner.id);
        expect(root.data).toEqual([expect.objectContaining({ name: 'folder', id: null })]);
        const signed = await api.createSignedUrl(key(), 60);
        expect(signed.error).toBeNull();
        expect(await (await fetch(signed.data!.signedUrl)).text()).toBe(await file().text());
        const moved = await api.move(key(), `${owner.id}/moved-${bucket}`);
        expect(moved.error).toBeNull();
        expect((await api.download(key())).error).toMatchObject({ status: 404 });
        expect((await api.copy(`${owner.id}/moved-${bucket}`, key())).error).toBeNull();
        const removed = await api.remove([`${owner.id}/moved-${bucket}`]);
        expect(removed.data?.map((o) => o.name)).toEqual([`${owner.id}/moved-${bucket}`]);
        expect((await api.download(`${owner.id}/moved-${bucket}`)).error).toMatchObject({ status: 404 });
      });

      it("keeps another user and anon out of the owner's folder", async () => {
        for (const client of [other.client, anonClient()]) {
          const api = client.storage.from(bucket);
          expect((await api.download(key())).error).toMatchObject({ status: 404 });
          expect((await api.list(`${owner.id}/folder`)).data).toEqual([]);
          expect((await api.createSignedUrl(key(), 60)).error).toMatchObject({ status: 404 });
          expect((await api.upload(key(), file(), { upsert: true })).error).toMatchObject({ status: 403 });
          expect((await api.upload(`${owner.id}/intruder`, file())).error).toMatchObject({ status: 403 });
          expect((await api.update(key(), file())).error).toMatchObject({ status: 404 });
          expect((await api.move(key(), `${other.id}/stolen`)).error).toMatchObject({ status: 404 });
          expect((await api.copy(key(), `${other.id}/stolen`)).error).toMatchObject({ status: 404 });
          expect((await api.remove([key()])).data).toEqual([]);
        }
        // Moving one's own file into someone else's folder fails the policy's WITH CHECK.
        const own = other.client.storage.from(bucket);
        expect((await own.upload(`${other.id}/mine`, file())).error).toBeNull();
        expect((await own.move(`${other.id}/mine`, `${owner.id}/planted`)).error).toMatchObject({ status: 403 });
        // Still there, unchanged.
        expect(await (await owner.client.storage.from(bucket).download(key())).data!.text()).toBe(await file().text());
        const [row] = await sql<{ count: string }>(`select count(*) from storage.objects where bucket_id = $1 and name like $2`, [
          bucket,
          `${owner.id}/%`,
        ]);
        expect(Number(row!.count)).toBe(1);
      });
    });
  }

  it('serves avatars to anyone through the public URL, and no private file that way', async () => {
    const path = `${owner.id}/avatar.png`;
    expect((await owner.client.storage.from('avatars').upload(path, png())).error).toBeNull();
    const { publicUrl } = anonClient().storage.from('avatars').getPublicUrl(path).data;
    const response = await fetch(publicUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await png().arrayBuffer()));

    const privatePath = `${owner.id}/private.webm`;
    expect((await owner.client.storage.from('voice-answers').upload(privatePath, webm())).error).toBeNull();
    const leaked = await fetch(anonClient().storage.from('voice-answers').getPublicUrl(privatePath).data.publicUrl);
    expect(leaked.status).toBe(404);
  });

  it('upserts only with x-upsert, and a plain second upload is a 409', async () => {
    const api = owner.client.storage.from('voice-answers');
    const path = `${owner.id}/s1/q1.webm`;
    expect((await api.upload(path, webm('first'))).error).toBeNull();
    expect((await api.upload(path, webm('second'))).error).toMatchObject({ status: 409 });
    expect(await (await api.download(path)).data!.text()).toBe('webm:first');
    expect((await api.upload(path, webm('third'), { upsert: true })).error).toBeNull();
    expect(await (await api.download(path)).data!.text()).toBe('webm:third');
    expect((await api.update(path, webm('fourth'))).error).toBeNull();
    expect(await (await api.download(path)).data!.text()).toBe('webm:fourth');
    const info = await api.info(path);
    expect(info.data).toMatchObject({ size: 'webm:fourth'.length, contentType: 'audio/webm' });
  });

  it('keeps exactly one object when the same key is uploaded in parallel', async () => {
    const api = owner.client.storage.from('voice-answers');
    const path = `${owner.id}/race/q.webm`;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => api.upload(path, webm(`r${i}`))));
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    expect(results.filter((r) => r.error).every((r) => (r.error as { status?: number }).status === 409)).toBe(true);
    const winner = results.findIndex((r) => r.error === null);
    expect(await (await api.download(path)).data!.text()).toBe(`webm:r${winner}`);
  });

  it('enforces the bucket size limit (413) and allowed types (415)', async () => {
    const avatars = owner.client.storage.from('avatars');
    const big = new Blob([new Uint8Array(1024 * 1024 + 1)], { type: 'image/png' });
    expect((await avatars.upload(`${owner.id}/big.png`, big)).error).toMatchObject({ status: 413 });
    const text = new Blob(['hello'], { type: 'text/plain' });
    expect((await avatars.upload(`${owner.id}/a.txt`, text)).error).toMatchObject({ status: 415 });
    // A recorder's type with parameters fits the bucket's plain type.
    const opus = new Blob(['opus'], { type: 'audio/webm;codecs=opus' });
    expect((await owner.client.storage.from('voice-answers').upload(`${owner.id}/opus.webm`, opus)).error).toBeNull();
    const [row] = await sql<{ count: string }>(`select count(*) from storage.objects where name in ($1, $2)`, [
      `${owner.id}/big.png`,
      `${owner.id}/a.txt`,
    ]);
    expect(Number(row!.count)).toBe(0);
  });

  it('refuses expired, tampered and foreign signed URLs', async () => {
    const api = owner.client.storage.from('resumes');
    const path = `${owner.id}/cv.pdf`;
    expect((await api.upload(path, pdf())).error).toBeNull();
    const many = await api.createSignedUrls([path, `${other.id}/nothing.pdf`], 60);
    expect(many.data?.map((d) => d.error)).toEqual([null, expect.any(String)]);
    expect((await fetch(many.data![0]!.signedUrl!)).status).toBe(200);

    const base = `${stack().apiUrl}/storage/v1/object/sign/resumes/${path}`;
    const iat = Math.floor(Date.now() / 1000);
    const expired = signJwt({ url: `resumes/${path}`, iat: iat - 120, exp: iat - 60 }, stack().jwtSecret);
    const expiredResponse = await fetch(`${base}?token=${expired}`);
    expect(expiredResponse.status).toBe(400);
    expect(await expiredResponse.json()).toMatchObject({ error: 'InvalidJWT' });
    const forged = signJwt({ url: `resumes/${path}`, iat, exp: iat + 60 }, 'not-the-secret');
    expect((await fetch(`${base}?token=${forged}`)).status).toBe(400);
    // A token for one object does not open another.
    const otherPath = `${owner.id}/other.pdf`;
    expect((await api.upload(otherPath, pdf())).error).toBeNull();
    const token = new URL(many.data![0]!.signedUrl!).searchParams.get('token');
    expect((await fetch(`${stack().apiUrl}/storage/v1/object/sign/resumes/${otherPath}?token=${token}`)).status).toBe(400);
  });

  it('answers without a token with 400 and with a forged one with 403', async () => {
    const url = `${stack().apiUrl}/storage/v1/object/resumes/${owner.id}/cv.pdf`;
    expect((await fetch(url)).status).toBe(400);
    const forged = signJwt({ role: 'service_role' }, 'not-the-secret');
    expect((await fetch(url, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(403);
  });
});
