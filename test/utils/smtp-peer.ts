import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../bench/net';

/** A mail as the SMTP peer received it: the envelope, and the parsed message. */
export interface ReceivedMail {
  /** The envelope's recipients, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The message's language (the HTML's lang attribute). */
  lang: string | null;
  replyTo: string | null;
}

/**
 * A real SMTP server for the tests (smtp-server, each message parsed with mailparser), on 127.0.0.1. It can be
 * stopped and started again on the same port (an SMTP outage), and can hold its answer to a message's DATA
 * (`holdDataMs`): a message whose sender disconnects before the answer is discarded, as a real server does, since
 * it never took responsibility for it.
 */
export class SmtpPeer {
  readonly mails: ReceivedMail[] = [];
  holdDataMs = 0;
  /** Messages whose DATA has arrived and whose answer is being held. */
  held = 0;
  private server: SMTPServer | null = null;
  private readonly closed = new Set<string>();

  private constructor(readonly port: number) {}

  static async start(): Promise<SmtpPeer> {
    const peer = new SmtpPeer(await freePort());
    await peer.listen();
    return peer;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Starts listening (again) on the peer's port. */
  async listen(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onClose: (session) => {
        this.closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            if (this.holdDataMs > 0) {
              this.held++;
              await new Promise((resolve) => setTimeout(resolve, this.holdDataMs).unref());
              this.held--;
            }
            // The sender went away before the answer: nothing was delivered.
            if (this.closed.has(session.id)) return;
            const html = typeof parsed.html === 'string' ? parsed.html : '';
            this.mails.push({
              to: session.envelope.rcptTo.map((a) => a.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html,
              messageId: parsed.messageId ?? '',
              lang: /<html lang="([a-z]+)"/.exec(html)?.[1] ?? null,
              replyTo: parsed.replyTo?.text ?? null,
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
  }

  /** Stops listening and drops open connections: the SMTP server is down. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // smtp-server waits for open sessions; a down server does not.
      const connections = (server as unknown as { connections?: Set<{ close: () => void }> }).connections;
      connections?.forEach((c) => c.close());
    });
  }

  /** The mails to `address` received so far. */
  mailsTo(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.mails.filter((m) => m.to.includes(wanted));
  }

  /** Waits for a mail to `address` that `match` accepts (any, by default), and returns it. */
  async waitForMail(
    address: string,
    match: (mail: ReceivedMail) => boolean = () => true,
    timeoutMs = 20_000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mailsTo(address).find(match);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n');
        throw new Error(`no mail to ${address} in ${timeoutMs} ms; received:\n${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The token of the first link in a mail's text to `path` (e.g. `/verify-email`). */
export function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${path.replace(/[/-]/g, '\\$&')}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in the mail:\n${mail.text}`);
  return decodeURIComponent(match[1]);
}
