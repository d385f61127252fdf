import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP proxy a test controls: the app is pointed at it instead of the real server, and `cut()` makes the server
 * unreachable (open connections are reset, new ones refused) until `restore()`.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  /** Client sockets accepted while stalled, connected upstream once the stall ends. */
  private readonly held: Socket[] = [];
  private server?: Server;
  private open = true;
  private stalled = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((client) => {
      if (!this.open) {
        client.destroy();
        return;
      }
      if (this.stalled) {
        client.pause();
        this.held.push(client);
        client.on('error', () => client.destroy());
        return;
      }
      this.pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  private pipe(client: Socket): void {
    {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      if (client.isPaused()) client.resume();
    }
  }

  /**
   * The server stops answering without closing anything, as a hung or unreachable host does: bytes on open
   * connections wait, new connections are accepted but get nowhere, until `unstall()`.
   */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.pause();
  }

  unstall(): void {
    this.stalled = false;
    for (const socket of this.sockets) if (!socket.destroyed) socket.resume();
    for (const client of this.held.splice(0)) if (!client.destroyed) this.pipe(client);
  }

  cut(): void {
    this.open = false;
    for (const client of this.held.splice(0)) client.destroy();
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.open = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
