import { registerDecorator } from 'class-validator';
import { isReportingYear } from '@redress/read-models';

/** A reporting year written `2023/24` (1 April 2023 to 31 March 2024). */
export function IsReportingYear(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isReportingYear',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a reporting year written like 2023/24` },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isReportingYear(value),
      },
    });
}
