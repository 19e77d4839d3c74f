import { Injectable, ParseUUIDPipe } from '@nestjs/common';
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
}
