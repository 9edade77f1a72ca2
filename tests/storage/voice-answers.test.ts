// A voice answer's recording, the way the interview room stores it: uploaded through storage-js into the owner's
// folder of the private voice-answers bucket (<user id>/<interview id>/<question id>.webm, upsert), its path kept by
// submit_response with the answer, and played back on the report through a signed URL only the owner can make.
import { beforeAll, describe, expect, it } from 'vitest';
import { voiceAnswerPath } from '../../src/lib/user-files.ts';
import { insertQuestion, insertSession } from '../db/helpers.ts';
import { anonClient, signedInUser, sql, type TestUser } from '../helpers/stack.ts';

const recording = (text: string) => new Blob([`webm:${text}`], { type: 'audio/webm;codecs=opus' });

describe('voice answer recordings', () => {
  let owner: TestUser;
  let other: TestUser;
  let interviewId: string;
  let questionId: string;
  let path: string;
  beforeAll(async () => {
    [owner, other] = await Promise.all([signedInUser('voice-owner'), signedInUser('voice-other')]);
    interviewId = (await insertSession(owner.id, 'in_progress')).id;
    questionId = (await insertQuestion(interviewId)).id;
    path = voiceAnswerPath(owner.id, interviewId, questionId, recording('').type);
  });

  it('the owner uploads (a second take replaces the first), submit_response keeps the path, a signed URL plays it', async () => {
    expect(path).toBe(`${owner.id}/${interviewId}/${questionId}.webm`);
    const bucket = owner.client.storage.from('voice-answers');
    for (const take of ['first take', 'second take']) {
      const { error } = await bucket.upload(path, recording(take), { contentType: 'audio/webm', upsert: true });
      expect(error).toBeNull();
    }
    const listed = await bucket.list(`${owner.id}/${interviewId}`);
    expect(listed.data?.map((entry) => entry.name)).toEqual([`${questionId}.webm`]);

    const submitted = await owner.client.rpc('submit_response', {
      p_question_id: questionId,
      p_transcript: 'I led the migration.',
      p_audio_path: path,
    });
    expect(submitted.error).toBeNull();
    expect(submitted.data?.audio_path).toBe(path);
    expect(await sql('select audio_path from public.interview_responses where question_id = $1', [questionId])).toEqual([
      { audio_path: path },
    ]);
    const read = await owner.client.from('interview_responses').select('audio_path').eq('question_id', questionId).single();
    expect(read.data?.audio_path).toBe(path);

    const signed = await bucket.createSignedUrl(path, 600);
    expect(signed.error).toBeNull();
    const played = await fetch(signed.data!.signedUrl);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toMatch(/^audio\/webm/);
    expect(await played.text()).toBe('webm:second take');
  });

  it('another user and anon can neither read, sign, list nor overwrite it', async () => {
    for (const [who, client] of [
      ['other user', other.client],
      ['anon', anonClient()],
    ] as const) {
      const bucket = client.storage.from('voice-answers');
      expect((await bucket.download(path)).data, who).toBeNull();
      const signed = await bucket.createSignedUrl(path, 600);
      expect(signed.data, who).toBeNull();
      expect(signed.error, who).not.toBeNull();
      expect((await bucket.list(`${owner.id}/${interviewId}`)).data ?? [], who).toEqual([]);
      const overwrite = await bucket.upload(path, recording('forged'), { contentType: 'audio/webm', upsert: true });
      expect(overwrite.error, who).not.toBeNull();
    }
    expect(await (await owner.client.storage.from('voice-answers').download(path)).data!.text()).toBe('webm:second take');
  });

  it("refuses an answer that points at another user's recording or another interview's, with its code", async () => {
    const theirInterview = (await insertSession(other.id, 'in_progress')).id;
    const theirQuestion = (await insertQuestion(theirInterview)).id;
    const stolen = await other.client.rpc('submit_response', { p_question_id: theirQuestion, p_transcript: 'mine', p_audio_path: path });
    expect(stolen.error).toMatchObject({ code: '22023', details: 'audio_path_not_owned' });

    const ownOtherInterview = (await insertSession(owner.id, 'in_progress')).id;
    const ownOtherQuestion = (await insertQuestion(ownOtherInterview)).id;
    const crossed = await owner.client.rpc('submit_response', { p_question_id: ownOtherQuestion, p_transcript: 'x', p_audio_path: path });
    expect(crossed.error).toMatchObject({ code: '22023', details: 'audio_path_not_owned' });
    expect(
      await sql('select 1 from public.interview_responses where question_id = any($1::uuid[])', [[theirQuestion, ownOtherQuestion]]),
    ).toHaveLength(0);
  });
});
