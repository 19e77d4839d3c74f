import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpConfig } from '@redress/config';
import type { OutboxRow } from '../outbox/alert-outbox';
import type { AlertChannel } from './alert-channel';

/**
 * Email over SMTP (nodemailer), one connection per message. `send` resolves when the server has
 * answered 250 to the message's data (RFC 5321 §4.1.1.4: from then on it has taken
 * responsibility for it). Every attempt of one alert carries the same Message-ID (RFC 5322
 * §3.6.4), so a receiving system can recognise a repeat (docs/alerts.md).
 */
export class EmailChannel implements AlertChannel {
  readonly name = 'email' as const;
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(private readonly smtp: SmtpConfig) {
    this.transport = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 120_000,
    });
    this.domain = /@([^>\s]+)/.exec(smtp.from)?.[1] ?? 'redress.invalid';
  }

  messageIdOf(row: Pick<OutboxRow, 'alert_id'>): string {
    return `<alert-${row.alert_id}@${this.domain}>`;
  }

  async send(row: OutboxRow): Promise<void> {
    await this.transport.sendMail({
      from: this.smtp.from,
      to: row.address,
      subject: row.subject,
      text: row.body,
      messageId: this.messageIdOf(row),
      headers: { 'X-Redress-Alert': row.alert_id, 'Auto-Submitted': 'auto-generated' },
    });
  }

  close(): void {
    this.transport.close();
  }
}
