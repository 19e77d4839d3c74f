import type { FastifyRequest } from 'fastify';
import type { ComplaintView } from '../../complaints/get-complaint/complaint.view';
import type { ComplaintHttpCommand } from '../../complaints/shared/complaint-http.command';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { dateField, formText } from '../shared/form';
import type { FormErrors } from './form-errors';

export interface FormContext {
  readonly request: FastifyRequest;
  readonly view: ComplaintView;
  readonly today: string;
  readonly errors: FormErrors;
}

export type CommandFactory = (
  id: string,
  payload: never,
  context: RequestContext,
) => ComplaintHttpCommand<unknown>;

/** How one action's form becomes the API's request body, and which command carries it. */
export interface ActionForm {
  readonly requestType: new () => object;
  readonly command: CommandFactory;
  parse(ctx: FormContext): Record<string, unknown>;
  /** The form field an API field path belongs to, for inline errors. */
  fieldOf?(path: string): string;
}

export const text = (ctx: FormContext, name: string) => formText(ctx.request, name);

export function required(ctx: FormContext, name: string, message: string): string {
  const value = text(ctx, name);
  if (!value) ctx.errors.add(name, message);
  return value;
}

export function requiredDate(ctx: FormContext, name: string, message: string): string {
  const value = dateField(ctx.request, name);
  if (value === undefined || value === 'invalid') {
    ctx.errors.add(`${name}-day`, message);
    return '';
  }
  return value;
}

export const pence = (pounds: string): number | undefined => {
  if (!pounds) return undefined;
  const value = Number(pounds.replace(/[£,\s]/g, ''));
  return Number.isFinite(value) && value > 0 ? Math.round(value * 100) : NaN;
};
