import { londonDateOf, type WorkingDayCalendar } from '@redress/complaints';
import type { DirectoryUser } from '@redress/users';
import type { AlertChannelName, OpenObligation, ThresholdSettings } from '../model/open-obligation';
import {
  digestMessage,
  thresholdMessage,
  type AlertMessage,
  type DigestItem,
} from '../templates/alert-message';
import { thresholdJudge } from '../thresholds/threshold-reached';

/** One alert decided: what goes to whom, by which channel, under its once-only key. */
export interface AlertDraft {
  /** `<obligation key>|<threshold>|<recipient>|<channel>` or `digest|<date>|<recipient>|<channel>`. */
  readonly alertKey: string;
  readonly kind: 'amber' | 'missed' | 'digest';
  readonly recipient: string;
  readonly channel: AlertChannelName;
  readonly address: string;
  readonly caseId: string | null;
  readonly obligationKey: string | null;
  readonly dueOn: string | null;
  readonly message: AlertMessage;
}

export interface DeriveSettings extends ThresholdSettings {
  /** From this hour in England, each person's digest for the day is due. */
  readonly digestHour: number;
  readonly publicUrl: string;
  /** Whether email can be sent at all (SMTP configured). */
  readonly emailEnabled: boolean;
}

const londonHour = (now: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(now),
  );

/** Where a person can be reached: each channel switched on, with its address. */
function channelsOf(
  user: DirectoryUser,
  emailEnabled: boolean,
): { channel: AlertChannelName; address: string }[] {
  const c = user.alertChannels;
  const out: { channel: AlertChannelName; address: string }[] = [];
  if (emailEnabled && c?.emailOn && c.email) out.push({ channel: 'email', address: c.email });
  if (c?.webhookOn && c.webhookUrl) out.push({ channel: 'webhook', address: c.webhookUrl });
  return out;
}

/**
 * Every alert due at `now`: for each open obligation past a threshold, its owner and the owner's
 * manager on each channel they chose; and, from the digest hour, each person's digest of the
 * day. The same inputs always give the same keys, so deriving again (each round, after a
 * restart) adds nothing the outbox already holds. Obligations nobody owns, and people not in the
 * directory or disabled, are not alerted (the work queue still shows the work).
 */
export function deriveAlerts(input: {
  readonly obligations: readonly OpenObligation[];
  readonly people: readonly DirectoryUser[];
  readonly now: Date;
  readonly settings: DeriveSettings;
  readonly calendar: WorkingDayCalendar;
}): AlertDraft[] {
  const { now, settings, calendar } = input;
  const people = new Map(
    input.people.filter((p) => !p.disabled).map((p) => [p.id.toLowerCase(), p]),
  );
  const drafts: AlertDraft[] = [];
  const digests = new Map<string, DigestItem[]>();
  const judge = thresholdJudge(now, settings, calendar);
  for (const o of input.obligations) {
    const threshold = judge(o);
    const owner = o.owner ? people.get(o.owner.trim().toLowerCase()) : undefined;
    if (!threshold || !owner) continue;
    const manager = owner.managerId ? people.get(owner.managerId) : undefined;
    for (const to of manager && manager.id !== owner.id ? [owner, manager] : [owner]) {
      const list = digests.get(to.id) ?? [];
      list.push({ obligation: o, threshold, owner });
      digests.set(to.id, list);
      const message = thresholdMessage(o, threshold, to, owner, settings.publicUrl);
      for (const { channel, address } of channelsOf(to, settings.emailEnabled)) {
        drafts.push({
          alertKey: `${o.key}|${threshold}|${to.id}|${channel}`,
          kind: threshold,
          recipient: to.id,
          channel,
          address,
          caseId: o.caseId,
          obligationKey: o.key,
          dueOn: o.dueOn,
          message,
        });
      }
    }
  }
  if (londonHour(now) < settings.digestHour) return drafts;
  const day = londonDateOf(now);
  for (const [id, items] of digests) {
    const to = people.get(id)!;
    const message = digestMessage(day, to, items, settings.publicUrl);
    for (const { channel, address } of channelsOf(to, settings.emailEnabled)) {
      drafts.push({
        alertKey: `digest|${day}|${to.id}|${channel}`,
        kind: 'digest',
        recipient: to.id,
        channel,
        address,
        caseId: null,
        obligationKey: null,
        dueOn: null,
        message,
      });
    }
  }
  return drafts;
}
