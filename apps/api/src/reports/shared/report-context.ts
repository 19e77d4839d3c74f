import { Inject, Injectable } from '@nestjs/common';
import { londonDateOf, PolicyRegistry, type LocalDate } from '@redress/complaints';
import { reportingYearOf, type ReadModelConnection } from '@redress/read-models';
import type { RedressConfig } from '@redress/config';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { CLOCK, REDRESS_CONFIG, type Clock } from '../../store/tokens';

/** What every report handler needs: the read models, today's date and the reporting settings. */
@Injectable()
export class ReportContext {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModelConnection,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  /** The Code versions complaints may have been judged by (the same registry the decider uses). */
  readonly policies = PolicyRegistry.default();

  get db() {
    return this.readModels.db;
  }

  get reporting() {
    return this.config.reporting;
  }

  today(): LocalDate {
    return londonDateOf(this.clock.now());
  }

  /** The year asked for, or the one today falls in. */
  yearOr(year: string | undefined): string {
    return year ?? reportingYearOf(this.today());
  }
}
