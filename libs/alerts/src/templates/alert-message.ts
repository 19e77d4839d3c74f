import type { LocalDate } from '@redress/complaints';
import type { OpenObligation, Threshold } from '../model/open-obligation';

/** The words and data of one alert, before it is addressed to a channel. */
export interface AlertMessage {
  readonly subject: string;
  readonly body: string;
  /** What a webhook receives: `{ type, timestamp, data }` as Standard Webhooks suggests. */
  readonly payload: Record<string, unknown>;
}

export interface Addressee {
  readonly id: string;
  readonly name: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const longDates = new Map<LocalDate, string>();

/** "Wednesday 7 May 2025", as GOV.UK writes dates (no comma after the day's name). */
const longDate = (d: LocalDate) => {
  let text = longDates.get(d);
  if (text === undefined) {
    const parts = Object.fromEntries(
      LONG_DATE.formatToParts(new Date(`${d}T00:00:00Z`)).map((p) => [p.type, p.value]),
    );
    text = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
    // Dates repeat across a round's alerts; a few thousand distinct ones at most.
    if (longDates.size < 10_000) longDates.set(d, text);
  }
  return text;
};

const londonTime = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

/** "Tuesday 8 December 2026", or "14:00 on Saturday 26 December 2026" for an hour clock. */
export function dueWhen(o: Pick<OpenObligation, 'dueOn' | 'dueAt'>): string {
  return o.dueAt ? `${londonTime(o.dueAt)} on ${longDate(o.dueOn)}` : longDate(o.dueOn);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FOOTER =
  'You get these messages because alerts are switched on for you in Redress. Your administrator can change where they go.';

/** An amber or missed alert, to the obligation's owner or to the owner's manager. */
export function thresholdMessage(
  o: OpenObligation,
  threshold: Threshold,
  to: Addressee,
  owner: Addressee,
  publicUrl: string,
): AlertMessage {
  const when = dueWhen(o);
  const link = `${publicUrl}${o.path}`;
  const caseWord = o.source === 'hazard' ? 'hazard case' : 'complaint';
  const subject =
    threshold === 'amber'
      ? `Due soon: ${o.label} for ${o.caseRef}, due ${when}`
      : `Missed: ${o.label} for ${o.caseRef} was due ${when}`;
  const lines = [
    `Hello ${to.name},`,
    '',
    threshold === 'amber'
      ? `${capital(o.label)} for ${caseWord} ${o.caseRef} is due by ${when}. Please make sure it is done in time.`
      : `${capital(o.label)} for ${caseWord} ${o.caseRef} was due by ${when} and is not recorded as done. Please do it as soon as you can, and record it.`,
    '',
    ...(to.id === owner.id
      ? []
      : [`This is work owned by ${owner.name}. You are told because you are their manager.`, '']),
    `The deadline is set by ${o.provision}.`,
    '',
    `Open the ${caseWord} in Redress: ${link}`,
    '',
    FOOTER,
  ];
  return {
    subject,
    body: lines.join('\n'),
    payload: {
      type: `obligation.${threshold}`,
      data: {
        recipient: to.id,
        owner: owner.id,
        source: o.source,
        caseId: o.caseId,
        caseRef: o.caseRef,
        kind: o.kind,
        description: o.label,
        provision: o.provision,
        dueOn: o.dueOn,
        ...(o.dueAt ? { dueAt: o.dueAt } : {}),
        link,
      },
    },
  };
}

export interface DigestItem {
  readonly obligation: OpenObligation;
  readonly threshold: Threshold;
  readonly owner: Addressee;
}

/** The day's digest for one person: their own and their team's work that is amber or missed. */
export function digestMessage(
  day: LocalDate,
  to: Addressee,
  items: readonly DigestItem[],
  publicUrl: string,
): AlertMessage {
  const missed = items.filter((i) => i.threshold === 'missed');
  const soon = items.filter((i) => i.threshold === 'amber');
  const line = (i: DigestItem) =>
    `- ${i.obligation.caseRef}: ${i.obligation.label}, due ${dueWhen(i.obligation)}${i.owner.id === to.id ? '' : ` (${i.owner.name})`}. ${publicUrl}${i.obligation.path}`;
  const section = (title: string, list: DigestItem[]) =>
    list.length === 0 ? [] : [title, ...list.map(line), ''];
  const body = [
    `Hello ${to.name},`,
    '',
    `This is your Redress digest for ${longDate(day)}.`,
    '',
    ...section(`Missed (${missed.length}):`, missed),
    ...section(`Due soon (${soon.length}):`, soon),
    `Your work in Redress: ${publicUrl}/`,
    '',
    FOOTER,
  ].join('\n');
  return {
    subject: `Your Redress digest for ${longDate(day)}: ${missed.length} missed, ${soon.length} due soon`,
    body,
    payload: {
      type: 'digest',
      data: {
        recipient: to.id,
        day,
        items: items.map((i) => ({
          caseId: i.obligation.caseId,
          caseRef: i.obligation.caseRef,
          kind: i.obligation.kind,
          description: i.obligation.label,
          owner: i.owner.id,
          dueOn: i.obligation.dueOn,
          threshold: i.threshold,
          link: `${publicUrl}${i.obligation.path}`,
        })),
      },
    },
  };
}
