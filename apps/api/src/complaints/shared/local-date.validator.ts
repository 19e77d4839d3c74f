import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@redress/complaints';

/** A real calendar date written YYYY-MM-DD (so 2023-02-29 is refused, not rolled over). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a real date written YYYY-MM-DD`,
        ...options,
      },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
}
