// MediaRecorder and getUserMedia stand-ins for component tests. The fake microphone "hears" what the test passes to
// `speakIntoMicrophone`; a recorder that is recording keeps it, and hands everything it kept over as one Blob
// (dataavailable, then stop) when it is stopped, like a recorder started without a timeslice.

export class FakeTrack {
  readonly kind = 'audio';
  readyState: 'live' | 'ended' = 'live';
  stop() {
    this.readyState = 'ended';
  }
}

export class FakeStream {
  readonly tracks = [new FakeTrack()];
  getTracks() {
    return this.tracks;
  }
  getAudioTracks() {
    return this.tracks;
  }
}

export class FakeMediaRecorder extends EventTarget {
  static instances: FakeMediaRecorder[] = [];
  static supportedTypes = ['audio/webm;codecs=opus', 'audio/webm'];
  static isTypeSupported(type: string) {
    return FakeMediaRecorder.supportedTypes.includes(type);
  }
  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  readonly mimeType: string;
  readonly heard: string[] = [];

  constructor(
    readonly stream: FakeStream,
    options?: { mimeType?: string },
  ) {
    super();
    this.mimeType = options?.mimeType ?? 'audio/webm';
    FakeMediaRecorder.instances.push(this);
  }

  start() {
    if (this.state !== 'inactive') throw new DOMException('already started', 'InvalidStateError');
    this.state = 'recording';
  }
  pause() {
    if (this.state === 'inactive') throw new DOMException('not started', 'InvalidStateError');
    this.state = 'paused';
  }
  resume() {
    if (this.state === 'inactive') throw new DOMException('not started', 'InvalidStateError');
    this.state = 'recording';
  }
  stop() {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    // The browser delivers the data and `stop` asynchronously.
    setTimeout(() => {
      const data = new Blob(this.heard, { type: this.mimeType });
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
      this.dispatchEvent(new Event('stop'));
    }, 0);
  }
}

export type FakeMicrophone = {
  /** Every stream handed out by getUserMedia. */
  streams: FakeStream[];
  /** getUserMedia's calls. */
  requests: number;
  /** Resolves the pending getUserMedia calls (when installed with `answer: 'manual'`). */
  grant: () => void;
};

/** What the fake microphone hears now goes into every recorder that is recording. */
export function speakIntoMicrophone(sound: string) {
  for (const recorder of FakeMediaRecorder.instances) if (recorder.state === 'recording') recorder.heard.push(sound);
}

const original = { MediaRecorder: globalThis.MediaRecorder, mediaDevices: navigator.mediaDevices };

export function installFakeMediaRecorder(
  options: { microphone?: 'allowed' | 'blocked' | 'manual'; recorder?: boolean } = {},
): FakeMicrophone {
  const microphone: FakeMicrophone = { streams: [], requests: 0, grant: () => undefined };
  const waiting: (() => void)[] = [];
  microphone.grant = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  FakeMediaRecorder.instances = [];
  if (options.recorder !== false)
    Object.defineProperty(globalThis, 'MediaRecorder', { value: FakeMediaRecorder, configurable: true, writable: true });
  const getUserMedia = async () => {
    microphone.requests += 1;
    if (options.microphone === 'blocked') throw new DOMException('Permission denied', 'NotAllowedError');
    if (options.microphone === 'manual') await new Promise<void>((resolve) => waiting.push(resolve));
    const stream = new FakeStream();
    microphone.streams.push(stream);
    return stream as unknown as MediaStream;
  };
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true, writable: true });
  return microphone;
}

export function uninstallFakeMediaRecorder() {
  Object.defineProperty(globalThis, 'MediaRecorder', { value: original.MediaRecorder, configurable: true, writable: true });
  Object.defineProperty(navigator, 'mediaDevices', { value: original.mediaDevices, configurable: true, writable: true });
  FakeMediaRecorder.instances = [];
}
