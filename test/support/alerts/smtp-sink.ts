import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted (answered 250), its headers and text decoded. */
export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

interface Held {
  readonly sessionId: string;
  readonly raw: string;
  answered: boolean;
}

/** Quoted-printable text (RFC 2045 §6.7), as nodemailer writes long lines, back to UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/g, '%25');
  try {
    return decodeURIComponent(bytes);
  } catch {
    return body;
  }
}

function parse(raw: string): ReceivedMail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const body = rest.join('\n\n');
  const qp = /quoted-printable/i.test(header('Content-Transfer-Encoding'));
  return {
    messageId: header('Message-ID'),
    to: header('To'),
    subject: header('Subject'),
    text: qp ? decodeQuotedPrintable(body) : body,
  };
}

/**
 * A real SMTP server (the `smtp-server` package) on a loopback port, as the landlord's mail
 * relay. `hold(n)` makes it read the n-th message in full and then not answer, as a server
 * still writing the message to its queue; if the sender's connection closes before the answer,
 * the message was never accepted (no 250, RFC 5321 §4.1.1.4) and is discarded, as a relay does.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  readonly discarded: ReceivedMail[] = [];
  private holding?: { readonly at: number; resolve: (raw: string) => void };
  private seen = 0;
  private held?: Held;
  private server?: SMTPServer;

  async start(): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.seen++;
          if (this.holding && this.seen === this.holding.at) {
            const { resolve } = this.holding;
            this.holding = undefined;
            this.held = { sessionId: session.id, raw, answered: false };
            resolve(raw);
            return; // not answered: the sender waits for the 250
          }
          this.received.push(parse(raw));
          callback(null, 'Queued');
        });
      },
      onClose: (session) => {
        if (this.held?.sessionId === session.id && !this.held.answered) {
          this.held.answered = true;
          this.discarded.push(parse(this.held.raw));
        }
      },
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return (server.server.address() as AddressInfo).port;
  }

  /**
   * Holds the `nth` message the sink reads (1 for the first), answering the others: resolves
   * with its text once it has been read in full; it is then left unanswered.
   */
  hold(nth: number): Promise<ReceivedMail> {
    return new Promise((resolve) => {
      this.holding = { at: nth, resolve: (raw) => resolve(parse(raw)) };
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
