import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** An email the local auth service "sent": stored on disk, shown in the local mailbox page. */
export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  sentAt: string;
}

export type OutgoingMail = Omit<MailMessage, 'id' | 'sentAt'>;

export interface Mailbox {
  send(mail: OutgoingMail): Promise<MailMessage>;
  list(to?: string): Promise<MailMessage[]>;
  get(id: string): Promise<MailMessage | undefined>;
}

/** A file-backed mailbox (one JSON file per message) so mail survives restarts like Inbucket's. */
export function createFileMailbox(dir: string): Mailbox {
  const ready = mkdir(dir, { recursive: true });
  const fileOf = (id: string) => path.join(dir, `${id}.json`);

  async function readAll(): Promise<MailMessage[]> {
    await ready;
    const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
    const messages = await Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as MailMessage));
    return messages.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }

  return {
    async send(mail) {
      await ready;
      // Time-ordered ids keep listing order stable even for mails sent within the same millisecond.
      const id = `${Date.now().toString(36).padStart(10, '0')}-${randomUUID()}`;
      const message: MailMessage = { ...mail, to: mail.to.toLowerCase(), id, sentAt: new Date().toISOString() };
      await writeFile(fileOf(id), JSON.stringify(message, null, 2));
      return message;
    },
    async list(to) {
      const all = await readAll();
      return to ? all.filter((message) => message.to === to.toLowerCase()) : all;
    },
    async get(id) {
      if (!/^[a-z0-9-]+$/i.test(id)) return undefined;
      try {
        return JSON.parse(await readFile(fileOf(id), 'utf8')) as MailMessage;
      } catch {
        return undefined;
      }
    },
  };
}
