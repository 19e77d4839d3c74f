import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';

/** Offer ids are given by the domain in order: O1, O2, … */
@Injectable()
export class OfferIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^O[1-9]\d{0,5}$/.test(value)) {
      throw new ValidationFailedException([
        { field: 'offerId', messages: ['offerId must be an offer id such as O1'] },
      ]);
    }
    return value;
  }
}
