import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** Errors on a form: the summary's list and the inline message of each field. */
export class FormErrors {
  readonly list: { text: string; href: string }[] = [];

  add(field: string, text: string): void {
    if (!this.list.some((e) => e.href === `#${field}`)) this.list.push({ text, href: `#${field}` });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** `errors.<field>` for the GOV.UK macros' `errorMessage`. */
  byField(): Record<string, { text: string }> {
    return Object.fromEntries(this.list.map((e) => [e.href.slice(1), { text: e.text }]));
  }

  summary(title = 'There is a problem') {
    return this.any ? { titleText: title, errorList: this.list } : undefined;
  }
}

/**
 * Checks a payload with the API's own request class, so the page accepts exactly what the API
 * would. The form's own checks come first with plain messages; this is the backstop.
 */
export async function validateAsApi<T extends object>(
  type: new () => T,
  payload: object,
  errors: FormErrors,
  fieldOf: (path: string) => string,
): Promise<T> {
  const instance = plainToInstance(type, payload);
  const failures = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  const walk = (list: typeof failures, parent: string) => {
    for (const f of list) {
      const path = parent ? `${parent}.${f.property}` : f.property;
      for (const message of Object.values(f.constraints ?? {})) errors.add(fieldOf(path), message);
      walk(f.children ?? [], path);
    }
  };
  walk(failures, '');
  return instance;
}
