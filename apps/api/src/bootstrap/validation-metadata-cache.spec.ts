import 'reflect-metadata';
import { IsInt, IsString, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Named {
  @IsString()
  name!: unknown;
}

const failed = (object: object) => validateSync(object).map((e) => e.property);

describe('the validation metadata cache', () => {
  beforeAll(() => cacheValidationMetadata());

  it('answers as class-validator does, however often it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(failed(Object.assign(new Named(), { name: 1 }))).toEqual(['name']);
      expect(failed(Object.assign(new Named(), { name: 'Olivia' }))).toEqual([]);
    }
  });

  it('sees rules added after it was asked, on the class and on classes inheriting them', () => {
    class Counted extends Named {
      @IsInt()
      count!: unknown;
    }
    expect(failed(Object.assign(new Counted(), { name: 1, count: 'x' }))).toEqual([
      'count',
      'name',
    ]);
    // A rule added to the parent afterwards (a class loaded later) reaches the child too.
    IsInt()(Named.prototype, 'rank');
    expect(failed(Object.assign(new Counted(), { name: 'a', count: 1, rank: 'x' }))).toEqual([
      'rank',
    ]);
  });
});
