/**
 * A TCP proxy in front of Postgres that counts what a client asks of it: statements (Sync and simple Query
 * messages), transactions committed, and bytes each way. The bench points a second API process at it to say what
 * one read costs the database; the measured API talks to Postgres directly.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface PgCounts {
  statements: number;
  commits: number;
  bytesToServer: number;
  bytesFromServer: number;
}

/** How many statement texts a counter keeps, the latest ones. */
const KEPT_TEXTS = 100;

/** Reads the frontend messages of one connection: an untyped startup message, then type byte + int32 length. */
class FrontendParser {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  constructor(
    private readonly counts: PgCounts,
    private readonly texts: string[],
  ) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.pending.length < 4) return;
        const length = this.pending.readInt32BE(0);
        if (this.pending.length < length) return;
        // An SSLRequest or GSSENCRequest is followed by another startup message.
        const code = this.pending.readInt32BE(4);
        this.started = code !== 80877103 && code !== 80877104;
        this.pending = this.pending.subarray(length);
        continue;
      }
      if (this.pending.length < 5) return;
      const type = String.fromCharCode(this.pending[0]);
      const length = this.pending.readInt32BE(1);
      if (this.pending.length < 1 + length) return;
      const body = this.pending.subarray(5, 1 + length);
      if (type === 'S' || type === 'Q') this.counts.statements++;
      if (type === 'Q' || type === 'P') {
        // Parse: statement name \0 query \0 ...; Query: query \0
        const raw = type === 'Q' ? body : body.subarray(body.indexOf(0) + 1);
        const text = raw.subarray(0, Math.max(0, raw.indexOf(0))).toString('utf8');
        if (/^\s*(COMMIT|END)\b/i.test(text)) this.counts.commits++;
        this.texts.push(text.replace(/\s+/g, ' ').trim());
        if (this.texts.length > KEPT_TEXTS) this.texts.splice(0, this.texts.length - KEPT_TEXTS);
      }
      this.pending = this.pending.subarray(1 + length);
    }
  }
}

export class PgCounter {
  readonly counts: PgCounts = { statements: 0, commits: 0, bytesToServer: 0, bytesFromServer: 0 };
  /** The latest statement texts sent (Parse and simple Query messages), whitespace collapsed, oldest first. */
  readonly texts: string[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly upstreamPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.upstreamPort, this.host);
      const parser = new FrontendParser(this.counts, this.texts);
      this.sockets.add(client).add(upstream);
      client.on('data', (chunk: Buffer) => {
        this.counts.bytesToServer += chunk.length;
        parser.push(chunk);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        this.counts.bytesFromServer += chunk.length;
        client.write(chunk);
      });
      const close = (): void => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  snapshot(): PgCounts {
    return { ...this.counts };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
