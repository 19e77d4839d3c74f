import type { FastifyRequest } from 'fastify';
import type { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import type { RequestContext } from '../../../complaints/shared/complaint-command.service';
import type { HazardView } from '../../../hazards/get-hazard/hazard.view';
import type { HazardHttpCommand } from '../../../hazards/shared/hazard-http.command';
import type { FormErrors } from '../../actions/form-errors';
import { formText } from '../../shared/form';
import { hazardTimeFields } from '../shared/hazard-time';

/**
 * What every hazard step form is made of: the context it is read in, its fields as data for the
 * one template, and small readers that add a plain error for each missing or unknown answer.
 */
export interface HazardFormContext {
  readonly request: FastifyRequest;
  readonly view: HazardView;
  readonly now: Date;
  readonly errors: FormErrors;
  readonly references: ReferenceIndex;
}

/** A field as the one hazard form template draws it (GOV.UK components). */
export interface FieldSpec {
  readonly kind: 'textarea' | 'input' | 'radios' | 'select' | 'checkbox' | 'date';
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly items?: readonly { value: string; text: string; hint?: string }[];
}

export type CommandFactory = (
  id: string,
  payload: never,
  ctx: RequestContext,
) => HazardHttpCommand<unknown>;

/** How one hazard action's form becomes the API's request body, and the command carrying it. */
export interface HazardActionForm {
  readonly requestType: new () => object;
  readonly command: CommandFactory;
  fields(view: HazardView): FieldSpec[];
  parse(ctx: HazardFormContext): Record<string, unknown> | Promise<Record<string, unknown>>;
}

export const text = (ctx: HazardFormContext, name: string) => formText(ctx.request, name);

export function required(ctx: HazardFormContext, name: string, message: string): string {
  const value = text(ctx, name);
  if (!value) ctx.errors.add(name, message);
  return value;
}

export function oneOf(
  ctx: HazardFormContext,
  name: string,
  values: readonly string[],
  message: string,
) {
  const value = text(ctx, name);
  if (!values.includes(value)) ctx.errors.add(name, message);
  return value;
}

export const timed = (ctx: HazardFormContext) => hazardTimeFields(ctx.request, ctx.now, ctx.errors);
export const items = (values: readonly string[], labels: (v: string) => string) =>
  values.map((value) => ({ value, text: labels(value) }));
export const textarea = (name: string, label: string, hint?: string): FieldSpec => ({
  kind: 'textarea',
  name,
  label,
  hint,
});

/** A form with one text field and the step's time: most steps record what was done. */
export function simple(
  requestType: new () => object,
  command: CommandFactory,
  name: string,
  label: string,
  message: string,
): HazardActionForm {
  return {
    requestType,
    command,
    fields: () => [textarea(name, label)],
    parse: (ctx) => ({ [name]: required(ctx, name, message), ...timed(ctx) }),
  };
}
