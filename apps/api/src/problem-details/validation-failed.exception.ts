import { BadRequestException, type ValidationError } from '@nestjs/common';

/** Raised by the global ValidationPipe: carries every field at fault, nested ones by path. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fields: { field: string; messages: string[] }[]) {
    super('The request is not valid');
  }

  static fromErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(
  errors: ValidationError[],
  parent: string,
): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}
