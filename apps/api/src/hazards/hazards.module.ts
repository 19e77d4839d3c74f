import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReportHazardController } from './report-hazard/report-hazard.controller';
import { ReportHazardHandler } from './report-hazard/report-hazard.handler';
import { ClassifyHazardController } from './classify-hazard/classify-hazard.controller';
import { ClassifyHazardHandler } from './classify-hazard/classify-hazard.handler';
import { ConcludeInvestigationController } from './conclude-investigation/conclude-investigation.controller';
import { ConcludeInvestigationHandler } from './conclude-investigation/conclude-investigation.handler';
import { MakeSafeController } from './make-safe/make-safe.controller';
import { MakeSafeHandler } from './make-safe/make-safe.handler';
import { SendWrittenSummaryController } from './send-written-summary/send-written-summary.controller';
import { SendWrittenSummaryHandler } from './send-written-summary/send-written-summary.handler';
import { CompleteSafetyWorkController } from './complete-safety-work/complete-safety-work.controller';
import { CompleteSafetyWorkHandler } from './complete-safety-work/complete-safety-work.handler';
import { DeferPreventativeWorkController } from './defer-preventative-work/defer-preventative-work.controller';
import { DeferPreventativeWorkHandler } from './defer-preventative-work/defer-preventative-work.handler';
import { StartPreventativeWorkController } from './start-preventative-work/start-preventative-work.controller';
import { StartPreventativeWorkHandler } from './start-preventative-work/start-preventative-work.handler';
import { CompletePreventativeWorkController } from './complete-preventative-work/complete-preventative-work.controller';
import { CompletePreventativeWorkHandler } from './complete-preventative-work/complete-preventative-work.handler';
import { OfferAlternativeAccommodationController } from './offer-alternative-accommodation/offer-alternative-accommodation.controller';
import { OfferAlternativeAccommodationHandler } from './offer-alternative-accommodation/offer-alternative-accommodation.handler';
import { RecordReasonableEndeavoursController } from './record-reasonable-endeavours/record-reasonable-endeavours.controller';
import { RecordReasonableEndeavoursHandler } from './record-reasonable-endeavours/record-reasonable-endeavours.handler';
import { LinkComplaintController } from './link-complaint/link-complaint.controller';
import { LinkComplaintHandler } from './link-complaint/link-complaint.handler';
import { CloseHazardController } from './close-hazard/close-hazard.controller';
import { CloseHazardHandler } from './close-hazard/close-hazard.handler';
import { GetHazardController } from './get-hazard/get-hazard.controller';
import { GetHazardHandler } from './get-hazard/get-hazard.handler';
import { GetHazardEventsController } from './get-hazard-events/get-hazard-events.controller';
import { GetHazardEventsHandler } from './get-hazard-events/get-hazard-events.handler';
import { GetHazardHistoryController } from './get-hazard-history/get-hazard-history.controller';
import { GetHazardHistoryHandler } from './get-hazard-history/get-hazard-history.handler';
import { ComplaintReader } from '../complaints/shared/complaint-reader.service';
import { ExportHazardController } from './export-hazard/export-hazard.controller';
import { VerifyHazardChainController } from './verify-hazard-chain/verify-hazard-chain.controller';
import { HazardCommandService } from './shared/hazard-command.service';
import { HazardReader } from './shared/hazard-reader.service';

/** Awaab's Law hazard cases (SI 2025/1042): one entry per use case, as for complaints. */
const USE_CASES = [
  [ReportHazardController, ReportHazardHandler],
  [ClassifyHazardController, ClassifyHazardHandler],
  [ConcludeInvestigationController, ConcludeInvestigationHandler],
  [MakeSafeController, MakeSafeHandler],
  [SendWrittenSummaryController, SendWrittenSummaryHandler],
  [CompleteSafetyWorkController, CompleteSafetyWorkHandler],
  [DeferPreventativeWorkController, DeferPreventativeWorkHandler],
  [StartPreventativeWorkController, StartPreventativeWorkHandler],
  [CompletePreventativeWorkController, CompletePreventativeWorkHandler],
  [OfferAlternativeAccommodationController, OfferAlternativeAccommodationHandler],
  [RecordReasonableEndeavoursController, RecordReasonableEndeavoursHandler],
  [LinkComplaintController, LinkComplaintHandler],
  [CloseHazardController, CloseHazardHandler],
  [GetHazardController, GetHazardHandler],
  [GetHazardEventsController, GetHazardEventsHandler],
  [GetHazardHistoryController, GetHazardHistoryHandler],
] as const;

@Module({
  imports: [CqrsModule],
  controllers: [
    ...USE_CASES.map(([controller]) => controller),
    ExportHazardController,
    VerifyHazardChainController,
  ],
  providers: [
    HazardCommandService,
    HazardReader,
    ComplaintReader,
    ...USE_CASES.map(([, handler]) => handler),
  ],
})
export class HazardsModule {}
