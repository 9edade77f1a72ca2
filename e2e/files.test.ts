// Files in Chromium against the test stack: a profile picture uploaded in settings goes to the public
// avatars bucket and shows in the header; a resume is kept (private bucket) and replaced; the export's
// file links open the stored bytes.
import { describe, expect, it } from 'vitest';
import { sql } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('browser: files', () => {
  const { app, browser } = useBrowserApp();

  it('uploads an avatar shown in the header and keeps a resume on the profile', async () => {
    const user = await createUser('files');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    await page.getByRole('heading', { level: 2, name: 'Profile picture' }).waitFor();

    // A type the bucket refuses is explained before anything is uploaded.
    await page.getByLabel('Upload a picture').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
    await page.getByText('Choose a PNG, JPEG, WebP or GIF image.').waitFor();

    await page.getByLabel('Upload a picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Your new picture is saved.').waitFor();
    const header = page.locator('header.site-header a.header-avatar img');
    await header.waitFor();
    const src = await header.getAttribute('src');
    expect(src).toContain(`/storage/v1/object/public/avatars/${user.user.id}/avatar-`);
    // The picture really loads (public bucket, no key).
    expect(await header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    const [profile] = await sql<{ avatar_url: string }>(`select avatar_url from public.user_profiles where id = $1`, [user.user.id]);
    expect(profile!.avatar_url).toBe(src);
    await screenshot(page, 'settings-avatar');

    await page.getByLabel('Upload a resume').setInputFiles({ name: 'cv.txt', mimeType: 'text/plain', buffer: Buffer.from('My resume') });
    await page.getByText('Saved: cv.txt').waitFor();
    await page.getByLabel('Replace the resume').setInputFiles({
      name: 'cv-2.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('My newer resume'),
    });
    await page.getByText('Saved: cv-2.txt').waitFor();
    const objects = await sql<{ bucket_id: string; name: string }>(
      `select bucket_id, name from storage.objects where name like $1 order by bucket_id, name`,
      [`${user.user.id}/%`],
    );
    expect(objects.map((o) => `${o.bucket_id}/${o.name.replace(user.user.id, 'me')}`)).toEqual([
      expect.stringMatching(/^avatars\/me\/avatar-\d+\.png$/),
      'resumes/me/resume.txt',
    ]);
  });
});
