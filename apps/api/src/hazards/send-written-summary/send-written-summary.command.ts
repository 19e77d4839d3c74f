import type { SendWrittenSummary } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { SendWrittenSummaryRequest } from './send-written-summary.request';

export class SendWrittenSummaryCommand extends HazardHttpCommand<SendWrittenSummaryRequest> {
  toDomain(): SendWrittenSummary {
    return { type: 'SendWrittenSummary', hazardId: this.hazardId, ...this.payload };
  }
}
