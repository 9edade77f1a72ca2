/** A file the user chose cannot be used; the message says why and what to do instead. */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}
