import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@redress/complaints';

/**
 * Business dates Redress accepts. Complaint handling under the Code began long after 2000, and a
 * date far in the future would make the working-day calendar compute centuries of holidays.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2099-12-31';

/** A real calendar date written YYYY-MM-DD (so 2023-02-29 is refused, not rolled over), 2000–2099. */
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
      validator: {
        validate: (value: unknown) =>
          isLocalDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE,
      },
    });
}
