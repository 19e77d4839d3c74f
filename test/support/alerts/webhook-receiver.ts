import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * A webhook receiver on a loopback port that verifies every request's Standard Webhooks
 * signature with the shared secret (the `standardwebhooks` package, as a receiver would) and
 * keeps those that verify. `answer` sets the status it replies with (500 to make deliveries fail).
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  readonly refused: string[] = [];
  answer = 204;
  requests = 0;
  private server?: Server;

  constructor(private readonly secret: string) {}

  async start(): Promise<string> {
    const verifier = new Webhook(this.secret);
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests++;
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          const payload = verifier.verify(body, req.headers as Record<string, string>) as {
            type: string;
            data: Record<string, unknown>;
          };
          if (this.answer < 300)
            this.received.push({
              id: String(req.headers['webhook-id']),
              type: payload.type,
              data: payload.data,
            });
          res.writeHead(this.answer).end();
        } catch (error) {
          this.refused.push(String(error));
          res.writeHead(400).end();
        }
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/redress`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
