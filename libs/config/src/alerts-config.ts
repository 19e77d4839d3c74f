/** SMTP settings for the email channel (nodemailer); absent when REDRESS_SMTP_HOST is unset. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user?: string;
  readonly password?: string;
  /** The From address of every alert, e.g. `Redress <complaints@example-homes.org.uk>`. */
  readonly from: string;
}

/** The notifier: who is told about an obligation before and when it breaches (docs/alerts.md). */
export interface AlertsConfig {
  /** `embedded` runs the notifier inside the api; `off` when `npm run start:notifier` runs it. */
  readonly notifier: 'embedded' | 'off';
  /** Where the workbench is reached from a person's mail client; links in alerts start here. */
  readonly publicUrl: string;
  /** Amber this many working days before a day-counted obligation falls due. */
  readonly amberWorkingDays: number;
  /** Amber this many hours before an hour-counted clock (an emergency hazard) runs out. */
  readonly amberHours: number;
  /** The hour (Europe/London) from which each day's digest is sent. */
  readonly digestHour: number;
  /** How often the notifier looks for thresholds crossed and work to deliver, in ms. */
  readonly everyMs: number;
  /** Delivery attempts before an alert goes to the dead-letter list. */
  readonly attempts: number;
  /** The first retry's wait, in ms; each later one waits twice as long. */
  readonly retryBaseMs: number;
  readonly smtp?: SmtpConfig;
  /** Standard Webhooks signing secret (`whsec_…`); generated in the data dir when unset. */
  readonly webhookSecret?: string;
  /**
   * Whether webhooks may go to loopback, private and link-local addresses
   * (`REDRESS_WEBHOOK_ALLOW_PRIVATE=true`): off by default, so a webhook URL cannot aim the
   * server at services inside the landlord's network.
   */
  readonly webhookAllowPrivate: boolean;
}

/** `REDRESS_WEBHOOK_ALLOW_PRIVATE`: true or false (the default); anything else is a problem. */
export function webhookAllowPrivate(env: NodeJS.ProcessEnv, problems: string[] = []): boolean {
  const raw = env.REDRESS_WEBHOOK_ALLOW_PRIVATE ?? '';
  if (raw !== '' && raw !== 'true' && raw !== 'false')
    problems.push(`REDRESS_WEBHOOK_ALLOW_PRIVATE must be true or false (got "${raw}")`);
  return raw === 'true';
}

const SECONDS = { s: 1, m: 60, h: 3600 } as const;

function seconds(raw: string): number | undefined {
  const match = /^(\d{1,6})([smh])$/.exec(raw);
  return match ? Number(match[1]) * SECONDS[match[2] as keyof typeof SECONDS] : undefined;
}

function whole(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function interval(
  env: NodeJS.ProcessEnv,
  name: string,
  fallbackMs: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const s = seconds(raw);
  if (s === undefined || s < 1) {
    problems.push(`${name} must be a duration such as 30s, 5m or 1h (got "${raw}")`);
    return fallbackMs;
  }
  return s * 1000;
}

function loadSmtp(env: NodeJS.ProcessEnv, problems: string[]): SmtpConfig | undefined {
  const host = env.REDRESS_SMTP_HOST;
  if (!host) return undefined;
  const secureRaw = env.REDRESS_SMTP_SECURE ?? 'false';
  if (secureRaw !== 'true' && secureRaw !== 'false')
    problems.push(`REDRESS_SMTP_SECURE must be true or false (got "${secureRaw}")`);
  const secure = secureRaw === 'true';
  const port = whole(env, 'REDRESS_SMTP_PORT', secure ? 465 : 587, [1, 65535], problems);
  const from = env.REDRESS_SMTP_FROM ?? '';
  if (!/@/.test(from))
    problems.push(
      'REDRESS_SMTP_FROM must be set with REDRESS_SMTP_HOST, e.g. "Redress <complaints@example.org>"',
    );
  if (!!env.REDRESS_SMTP_USER !== !!env.REDRESS_SMTP_PASSWORD)
    problems.push('Set REDRESS_SMTP_USER and REDRESS_SMTP_PASSWORD together, or neither');
  return {
    host,
    port,
    secure,
    user: env.REDRESS_SMTP_USER || undefined,
    password: env.REDRESS_SMTP_PASSWORD || undefined,
    from,
  };
}

export function loadAlertsConfig(
  env: NodeJS.ProcessEnv,
  origin: string,
  problems: string[],
): AlertsConfig {
  const notifier = (env.REDRESS_NOTIFIER ?? 'embedded') as AlertsConfig['notifier'];
  if (notifier !== 'embedded' && notifier !== 'off')
    problems.push(`REDRESS_NOTIFIER must be embedded or off (got "${env.REDRESS_NOTIFIER}")`);
  const publicUrl = (env.REDRESS_PUBLIC_URL || origin).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl) || !URL.canParse(publicUrl))
    problems.push(`REDRESS_PUBLIC_URL must be an http(s) URL (got "${env.REDRESS_PUBLIC_URL}")`);
  const secret = env.REDRESS_WEBHOOK_SECRET || undefined;
  if (secret !== undefined && !/^whsec_[A-Za-z0-9+/=]{24,}$/.test(secret))
    problems.push('REDRESS_WEBHOOK_SECRET must be a Standard Webhooks secret: whsec_ and base64');
  return {
    notifier,
    publicUrl,
    amberWorkingDays: whole(env, 'REDRESS_ALERT_AMBER_DAYS', 2, [0, 20], problems),
    amberHours: whole(env, 'REDRESS_ALERT_AMBER_HOURS', 6, [1, 72], problems),
    digestHour: whole(env, 'REDRESS_ALERT_DIGEST_HOUR', 7, [0, 23], problems),
    everyMs: interval(env, 'REDRESS_NOTIFIER_EVERY', 60_000, problems),
    attempts: whole(env, 'REDRESS_ALERT_ATTEMPTS', 6, [1, 20], problems),
    retryBaseMs: interval(env, 'REDRESS_ALERT_RETRY_BASE', 30_000, problems),
    smtp: loadSmtp(env, problems),
    webhookSecret: secret,
    webhookAllowPrivate: webhookAllowPrivate(env, problems),
  };
}

/** One line for the start-up banner: what the notifier will do. */
export function describeAlerts(alerts: AlertsConfig): string {
  const email = alerts.smtp
    ? `email via ${alerts.smtp.host}:${alerts.smtp.port}`
    : 'email off (no REDRESS_SMTP_HOST)';
  return `${email}; webhooks signed${alerts.webhookAllowPrivate ? ', private addresses allowed' : ''}; amber ${alerts.amberWorkingDays} working days / ${alerts.amberHours} hours before due; digest from ${String(alerts.digestHour).padStart(2, '0')}:00; links to ${alerts.publicUrl}`;
}
