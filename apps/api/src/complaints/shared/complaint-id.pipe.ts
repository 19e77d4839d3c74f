import { Injectable, ParseUUIDPipe, type ArgumentMetadata } from '@nestjs/common';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';

/** A complaint id in the path must be a UUID; a bad one is reported like any other bad field. */
@Injectable()
export class ComplaintIdPipe extends ParseUUIDPipe {
  constructor() {
    super({
      exceptionFactory: () =>
        new ValidationFailedException([{ field: 'id', messages: ['id must be a UUID'] }]),
    });
  }

  /** Stream names are case-sensitive; a UUID is not, so one spelling is kept. */
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    const checked = await super.transform(value, metadata);
    return String(checked).toLowerCase();
  }
}
