import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that forwards to a target port and, while chaos is on, cuts every connection
 * through it at random moments (on average every `meanCutMs`). Used to prove that clients reconnect and
 * resume without losing, duplicating or reordering messages.
 */
export class ChaosProxy {
  private readonly server: Server;
  private readonly pairs = new Set<[Socket, Socket]>();
  private timer: NodeJS.Timeout | undefined;
  cuts = 0;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(targetPort: number): Promise<ChaosProxy> {
    let proxy!: ChaosProxy;
    const server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
      const pair: [Socket, Socket] = [client, upstream];
      proxy.pairs.add(pair);
      const drop = () => {
        proxy.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    proxy = new ChaosProxy(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  /** Cuts connections at random until stopChaos(); `random` is injectable for repeatable runs. */
  startChaos(meanCutMs = 200, random: () => number = Math.random): void {
    const schedule = () => {
      this.timer = setTimeout(() => {
        this.cutAll();
        schedule();
      }, meanCutMs * (0.5 + random()));
    };
    schedule();
  }

  stopChaos(): void {
    clearTimeout(this.timer);
  }

  cutAll(): void {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    if (this.pairs.size > 0) this.cuts += 1;
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.stopChaos();
    this.cutAll();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
