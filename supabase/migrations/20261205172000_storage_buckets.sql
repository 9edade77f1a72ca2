-- Files: recorded voice answers, the resume kept on the profile, avatars. Buckets and their
-- policies live here so that `supabase db push` sets up a hosted project with nothing to click;
-- storage.buckets and storage.objects themselves belong to the platform (Supabase Storage).
-- Every object sits under a first folder named after its owner's user id:
--   voice-answers/<user id>/<session id>/<question id>.webm, resumes/<user id>/<file>, avatars/<user id>/<file>.
-- Avatars are served to anyone through the bucket's public URL (no policy is involved in that);
-- listing, writing and deleting stay with the owner in every bucket.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values
  ('voice-answers', 'voice-answers', false, 20 * 1024 * 1024,
    array['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav']),
  ('resumes', 'resumes', false, 5 * 1024 * 1024,
    array['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain']),
  ('avatars', 'avatars', true, 1024 * 1024,
    array['image/png', 'image/jpeg', 'image/webp', 'image/gif'])
on conflict (id) do nothing;

create policy "Users can read the files in their own folder"
  on storage.objects for select to authenticated
  using (
    bucket_id in ('voice-answers', 'resumes', 'avatars')
    and (storage.foldername(name))[1] = (select auth.uid())::text
  );

create policy "Users can upload files into their own folder"
  on storage.objects for insert to authenticated
  with check (
    bucket_id in ('voice-answers', 'resumes', 'avatars')
    and (storage.foldername(name))[1] = (select auth.uid())::text
  );

create policy "Users can replace the files in their own folder"
  on storage.objects for update to authenticated
  using (
    bucket_id in ('voice-answers', 'resumes', 'avatars')
    and (storage.foldername(name))[1] = (select auth.uid())::text
  )
  with check (
    bucket_id in ('voice-answers', 'resumes', 'avatars')
    and (storage.foldername(name))[1] = (select auth.uid())::text
  );

create policy "Users can delete the files in their own folder"
  on storage.objects for delete to authenticated
  using (
    bucket_id in ('voice-answers', 'resumes', 'avatars')
    and (storage.foldername(name))[1] = (select auth.uid())::text
  );
