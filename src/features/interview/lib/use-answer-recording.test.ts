import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeMediaRecorder, installFakeMediaRecorder, speakIntoMicrophone, uninstallFakeMediaRecorder } from '@/test/fake-media-recorder';
import { useAnswerRecording } from './use-answer-recording';

afterEach(() => uninstallFakeMediaRecorder());

/** Lets the microphone request and the recorder's events settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

describe('useAnswerRecording', () => {
  it('records while the user records, appends a second recording to the same answer and hands over one file', async () => {
    const microphone = installFakeMediaRecorder();
    const { result } = renderHook(() => useAnswerRecording());
    expect(result.current.supported).toBe(true);

    act(() => result.current.start());
    await settle();
    speakIntoMicrophone('first part. ');
    act(() => result.current.pause());
    speakIntoMicrophone('(the user reads the transcript aloud while editing) ');
    act(() => result.current.start());
    speakIntoMicrophone('second part.');

    let blob: Blob | null = null;
    await act(async () => {
      blob = await result.current.take();
    });
    expect(microphone.requests).toBe(1);
    expect(FakeMediaRecorder.instances).toHaveLength(1);
    expect(FakeMediaRecorder.instances[0]!.mimeType).toBe('audio/webm;codecs=opus');
    expect(blob).not.toBeNull();
    expect(blob!.type).toBe('audio/webm;codecs=opus');
    expect(await blob!.text()).toBe('first part. second part.');
    expect(microphone.streams[0]!.tracks.every((track) => track.readyState === 'ended')).toBe(true);
  });

  it('starts a new recording for the next answer after take()', async () => {
    const microphone = installFakeMediaRecorder();
    const { result } = renderHook(() => useAnswerRecording());
    act(() => result.current.start());
    await settle();
    speakIntoMicrophone('answer one');
    await act(async () => void (await result.current.take()));
    act(() => result.current.start());
    await settle();
    speakIntoMicrophone('answer two');
    let blob: Blob | null = null;
    await act(async () => {
      blob = await result.current.take();
    });
    expect(microphone.requests).toBe(2);
    expect(await blob!.text()).toBe('answer two');
  });

  it('gives nothing when nothing was recorded', async () => {
    installFakeMediaRecorder();
    const { result } = renderHook(() => useAnswerRecording());
    await act(async () => expect(await result.current.take()).toBeNull());
    act(() => result.current.start());
    await settle();
    act(() => result.current.pause());
    await act(async () => expect(await result.current.take()).toBeNull());
  });

  it('a blocked microphone leaves the answer without audio and does not throw', async () => {
    const microphone = installFakeMediaRecorder({ microphone: 'blocked' });
    const { result } = renderHook(() => useAnswerRecording());
    act(() => result.current.start());
    await settle();
    expect(microphone.requests).toBe(1);
    expect(FakeMediaRecorder.instances).toHaveLength(0);
    await act(async () => expect(await result.current.take()).toBeNull());
  });

  it('without MediaRecorder it does nothing: no microphone request, no audio', async () => {
    const microphone = installFakeMediaRecorder({ recorder: false });
    Object.defineProperty(globalThis, 'MediaRecorder', { value: undefined, configurable: true, writable: true });
    const { result } = renderHook(() => useAnswerRecording());
    expect(result.current.supported).toBe(false);
    act(() => result.current.start());
    await settle();
    expect(microphone.requests).toBe(0);
    await act(async () => expect(await result.current.take()).toBeNull());
  });

  it('stopped before the microphone was granted: records nothing until the user records again', async () => {
    const microphone = installFakeMediaRecorder({ microphone: 'manual' });
    const { result } = renderHook(() => useAnswerRecording());
    act(() => result.current.start());
    act(() => result.current.pause());
    act(() => microphone.grant());
    await settle();
    speakIntoMicrophone('not recorded');
    expect(FakeMediaRecorder.instances[0]!.state).toBe('inactive');
    act(() => result.current.start());
    speakIntoMicrophone('recorded');
    let blob: Blob | null = null;
    await act(async () => {
      blob = await result.current.take();
    });
    expect(FakeMediaRecorder.instances).toHaveLength(1);
    expect(await blob!.text()).toBe('recorded');
  });

  it('discard() and leaving the answer release the microphone and drop the audio', async () => {
    const microphone = installFakeMediaRecorder();
    const { result, unmount } = renderHook(() => useAnswerRecording());
    act(() => result.current.start());
    await settle();
    speakIntoMicrophone('dropped');
    act(() => result.current.discard());
    await settle();
    expect(microphone.streams[0]!.tracks[0]!.readyState).toBe('ended');
    await act(async () => expect(await result.current.take()).toBeNull());

    act(() => result.current.start());
    await settle();
    expect(microphone.streams[1]!.tracks[0]!.readyState).toBe('live');
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(microphone.streams[1]!.tracks[0]!.readyState).toBe('ended');
  });

  it('a microphone granted after the answer was left is released at once', async () => {
    const microphone = installFakeMediaRecorder({ microphone: 'manual' });
    const { result, unmount } = renderHook(() => useAnswerRecording());
    act(() => result.current.start());
    unmount();
    microphone.grant();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(microphone.streams[0]!.tracks[0]!.readyState).toBe('ended');
    expect(FakeMediaRecorder.instances).toHaveLength(0);
  });
});
