import type { ComplaintPage } from '../complaint/get-complaint-page.query';
import type { ActionSpec } from './action-catalogue';

/**
 * What a form starts with: the person filling it in as handler or owner, and at Stage 2 or the
 * Ombudsman's determination the complaint as the landlord last defined it, to edit rather than
 * retype.
 */
export function formDefaults(
  spec: ActionSpec,
  page: ComplaintPage,
  userId: string,
): Record<string, unknown> {
  if (spec.key === 'acknowledge-stage1') return { handlerId: userId };
  if (spec.key === 'acknowledge-stage2') {
    const s1 = page.view.stage1.definition;
    return {
      issues: (s1?.issues ?? []).map((i) => i.summary).join('\n'),
      outcomesSought: (s1?.outcomesSought ?? []).join('\n'),
    };
  }
  if (spec.key === 'respond-stage1' || spec.key === 'respond-stage2')
    return { remedyOwner: userId, actionOwner: userId };
  if (spec.key === 'ombudsman-determination') {
    // The Ombudsman usually determines the complaint as the landlord defined it last.
    const record = page.view.stage2?.definition ? page.view.stage2 : page.view.stage1;
    const issues = record.definition?.issues ?? [];
    return {
      ombudsmanReference: page.view.ombudsman?.ombudsmanReference ?? '',
      ...Object.fromEntries(issues.map((issue, i) => [`issue-${i}`, issue.summary])),
    };
  }
  if (spec.key === 'ombudsman-referral')
    return { ombudsmanReference: page.view.ombudsman?.ombudsmanReference ?? '' };
  return {};
}
