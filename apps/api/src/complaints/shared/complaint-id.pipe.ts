import { Injectable, Optional, ParseUUIDPipe, type ArgumentMetadata } from '@nestjs/common';
import { ComplaintError } from '@redress/complaints';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import { parseReference } from '@redress/complaint-stream';
import { ReferenceIndex } from '../reference/reference-index.service';

/**
 * A complaint in the path is its UUID or its reference (`C-2025-000123`); a bad one is
 * reported like any other bad field, an unknown reference as a complaint that does not exist.
 */
@Injectable()
export class ComplaintIdPipe extends ParseUUIDPipe {
  constructor(@Optional() private readonly references?: ReferenceIndex) {
    super({
      exceptionFactory: () =>
        new ValidationFailedException([
          { field: 'id', messages: ['id must be a UUID or a reference like C-2025-000123'] },
        ]),
    });
  }

  /** Stream names are case-sensitive; a UUID is not, so one spelling is kept. */
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    if (this.references && typeof value === 'string' && parseReference(value)) {
      const id = await this.references.complaintIdOf(value);
      if (!id) throw ComplaintError.notFound(value);
      return id;
    }
    const checked = await super.transform(value, metadata);
    return String(checked).toLowerCase();
  }
}
