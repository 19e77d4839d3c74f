import type { FastifyRequest } from 'fastify';
import { dateField, formText } from '../shared/form';
import type { FormErrors } from './form-errors';

/**
 * "When did this happen?": today unless the officer gives an earlier date, which then needs
 * the reason it is being recorded late (architecture decision 3).
 */
export function datedFields(
  request: FastifyRequest,
  today: string,
  errors: FormErrors,
): { effectiveOn?: string; backdateReason?: string } {
  const effectiveOn = dateField(request, 'effectiveOn');
  const backdateReason = formText(request, 'backdateReason');
  if (effectiveOn === 'invalid') {
    errors.add('effectiveOn-day', 'Enter a real date, for example 17 4 2025');
    return {};
  }
  if (effectiveOn && effectiveOn > today) {
    errors.add('effectiveOn-day', 'The date must be today or in the past');
  }
  if (effectiveOn && effectiveOn < today && !backdateReason) {
    errors.add('backdateReason', 'Say why this is being recorded after the date it happened');
  }
  return {
    ...(effectiveOn ? { effectiveOn } : {}),
    ...(effectiveOn && effectiveOn < today && backdateReason ? { backdateReason } : {}),
  };
}
