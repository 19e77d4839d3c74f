import { loadAlertsConfig } from './alerts-config';
import { loadConfig } from './redress-config';

describe('alert settings', () => {
  it('take their defaults: embedded, amber 2 working days or 6 hours, email off without a host', () => {
    const problems: string[] = [];
    const alerts = loadAlertsConfig({}, 'http://127.0.0.1:3000', problems);
    expect(problems).toEqual([]);
    expect(alerts).toMatchObject({
      notifier: 'embedded',
      publicUrl: 'http://127.0.0.1:3000',
      amberWorkingDays: 2,
      amberHours: 6,
      digestHour: 7,
      everyMs: 60_000,
      attempts: 6,
      retryBaseMs: 30_000,
    });
    expect(alerts.smtp).toBeUndefined();
  });

  it('read SMTP, thresholds and intervals', () => {
    const problems: string[] = [];
    const alerts = loadAlertsConfig(
      {
        REDRESS_NOTIFIER: 'off',
        REDRESS_PUBLIC_URL: 'https://redress.example.org/',
        REDRESS_ALERT_AMBER_DAYS: '3',
        REDRESS_ALERT_AMBER_HOURS: '4',
        REDRESS_NOTIFIER_EVERY: '5s',
        REDRESS_ALERT_RETRY_BASE: '1m',
        REDRESS_SMTP_HOST: 'smtp.example.org',
        REDRESS_SMTP_SECURE: 'true',
        REDRESS_SMTP_USER: 'redress',
        REDRESS_SMTP_PASSWORD: 'pw',
        REDRESS_SMTP_FROM: 'Redress <complaints@example.org>',
      },
      'http://127.0.0.1:3000',
      problems,
    );
    expect(problems).toEqual([]);
    expect(alerts).toMatchObject({
      notifier: 'off',
      publicUrl: 'https://redress.example.org',
      amberWorkingDays: 3,
      amberHours: 4,
      everyMs: 5_000,
      retryBaseMs: 60_000,
      smtp: { host: 'smtp.example.org', port: 465, secure: true, user: 'redress' },
    });
  });

  it('list every mistake at once, and stop the start', () => {
    expect(() =>
      loadConfig({
        REDRESS_NOTIFIER: 'sometimes',
        REDRESS_ALERT_AMBER_DAYS: '-1',
        REDRESS_NOTIFIER_EVERY: 'often',
        REDRESS_SMTP_HOST: 'smtp.example.org',
        REDRESS_WEBHOOK_SECRET: 'plain',
        REDRESS_PUBLIC_URL: 'ftp://x',
      }),
    ).toThrow(
      /REDRESS_NOTIFIER must be[\s\S]*REDRESS_PUBLIC_URL[\s\S]*REDRESS_WEBHOOK_SECRET[\s\S]*REDRESS_ALERT_AMBER_DAYS[\s\S]*REDRESS_NOTIFIER_EVERY[\s\S]*REDRESS_SMTP_FROM/,
    );
  });
});
