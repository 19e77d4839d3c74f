import { Module, UseInterceptors } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetAnnualReportController } from './get-annual-report/get-annual-report.controller';
import { GetAnnualReportHandler } from './get-annual-report/get-annual-report.handler';
import { GetLearningLogController } from './get-learning-log/get-learning-log.controller';
import { GetLearningLogHandler } from './get-learning-log/get-learning-log.handler';
import { GetOmbudsmanReportController } from './get-ombudsman-report/get-ombudsman-report.controller';
import { GetOmbudsmanReportHandler } from './get-ombudsman-report/get-ombudsman-report.handler';
import { GetSelfAssessmentController } from './get-self-assessment/get-self-assessment.controller';
import { GetSelfAssessmentHandler } from './get-self-assessment/get-self-assessment.handler';
import { GetTrendsController } from './get-trends/get-trends.controller';
import { GetTrendsHandler } from './get-trends/get-trends.handler';
import { GetTsmController } from './get-tsm/get-tsm.controller';
import { GetTsmHandler } from './get-tsm/get-tsm.handler';
import { GetWorkQueueController } from './get-work-queue/get-work-queue.controller';
import { GetWorkQueueHandler } from './get-work-queue/get-work-queue.handler';
import { GetWorkloadHandler } from './get-workload/get-workload.handler';
import { ListComplaintsController } from './list-complaints/list-complaints.controller';
import { ListComplaintsHandler } from './list-complaints/list-complaints.handler';
import { GetHazardComplianceController } from './get-hazard-compliance/get-hazard-compliance.controller';
import { GetHazardComplianceHandler } from './get-hazard-compliance/get-hazard-compliance.handler';
import { GetHazardComplaintLinksController } from './get-hazard-complaint-links/get-hazard-complaint-links.controller';
import { GetHazardComplaintLinksHandler } from './get-hazard-complaint-links/get-hazard-complaint-links.handler';
import { GetOpenHazardsController } from './get-open-hazards/get-open-hazards.controller';
import { GetOpenHazardsHandler } from './get-open-hazards/get-open-hazards.handler';
import { GetRepeatHazardsController } from './get-repeat-hazards/get-repeat-hazards.controller';
import { GetRepeatHazardsHandler } from './get-repeat-hazards/get-repeat-hazards.handler';
import { GetRepeatIssuesController } from './get-repeat-issues/get-repeat-issues.controller';
import { GetRepeatIssuesHandler } from './get-repeat-issues/get-repeat-issues.handler';
import { ProjectionStateInterceptor } from './shared/projection-state.interceptor';
import { ReportContext } from './shared/report-context';

/** Queries over the read models: the caseload, trends, TSM, Ombudsman, learning, the annual report, hazards and repeat issues. */
const USE_CASES = [
  [ListComplaintsController, ListComplaintsHandler],
  [GetWorkQueueController, GetWorkQueueHandler],
  [GetTrendsController, GetTrendsHandler],
  [GetTsmController, GetTsmHandler],
  [GetOmbudsmanReportController, GetOmbudsmanReportHandler],
  [GetLearningLogController, GetLearningLogHandler],
  [GetSelfAssessmentController, GetSelfAssessmentHandler],
  [GetAnnualReportController, GetAnnualReportHandler],
  // Awaab's Law (SI 2025/1042) hazard reports, and repeat issues across all three record kinds.
  [GetHazardComplianceController, GetHazardComplianceHandler],
  [GetOpenHazardsController, GetOpenHazardsHandler],
  [GetHazardComplaintLinksController, GetHazardComplaintLinksHandler],
  [GetRepeatHazardsController, GetRepeatHazardsHandler],
  [GetRepeatIssuesController, GetRepeatIssuesHandler],
] as const;

// Each report says how complete its read models are (the controllers', not a global, interceptor).
for (const [controller] of USE_CASES) UseInterceptors(ProjectionStateInterceptor)(controller);

@Module({
  imports: [CqrsModule],
  controllers: USE_CASES.map(([controller]) => controller),
  providers: [
    ReportContext,
    ...USE_CASES.map(([, handler]) => handler),
    // The workbench's Team work only: no endpoint of its own.
    GetWorkloadHandler,
  ],
})
export class ReportsModule {}
