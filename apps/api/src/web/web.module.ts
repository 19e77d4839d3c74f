import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ComplaintReader } from '../complaints/shared/complaint-reader.service';
import { HazardReader } from '../hazards/shared/hazard-reader.service';
import { ReportContext } from '../reports/shared/report-context';
import { ActionPageService } from './actions/action-page.service';
import { ShowActionFormController } from './actions/show-action-form.controller';
import { SubmitActionController } from './actions/submit-action.controller';
import { AuditAsOfController } from './audit/as-of/audit-as-of.controller';
import { AuditDiffController } from './audit/diff/audit-diff.controller';
import { AuditExportController } from './audit/export/audit-export.controller';
import { AuditHistoryController } from './audit/history/audit-history.controller';
import { AuditRecordService } from './audit/shared/audit-record.service';
import { AuditStartController } from './audit/start/audit-start.controller';
import { VerifyRecordController } from './audit/verify-record/verify-record.controller';
import { VerifyStorePageController } from './audit/verify-store/verify-store-page.controller';
import { DeadLettersPageController } from './alerts/dead-letters.controller';
import { AlertSettingsController } from './users/alert-settings.controller';
import { ComplaintController } from './complaint/complaint.controller';
import { GetComplaintPageHandler } from './complaint/get-complaint-page.handler';
import { DashboardController } from './dashboard/dashboard.controller';
import { GetDashboardHandler } from './dashboard/get-dashboard.handler';
import { FindController } from './find/find.controller';
import { HazardActionController } from './hazards/hazard-actions/hazard-action.controller';
import { GetHazardPageHandler } from './hazards/hazard-page/get-hazard-page.handler';
import { HazardPageController } from './hazards/hazard-page/hazard.controller';
import { ReportHazardPageController } from './hazards/report-hazard/report-hazard.controller';
import { LetterController } from './letter/letter.controller';
import { LogComplaintPageController } from './log-complaint/log-complaint.controller';
import { MyWorkController } from './my-work/my-work.controller';
import { WebGuard } from './shared/web-auth';
import { AnnualReportPageController } from './reports/annual-report/annual-report.controller';
import { ReportsIndexController } from './reports/index/reports-index.controller';
import { LearningLogPageController } from './reports/learning-log/learning-log.controller';
import { MrcPackPageController } from './reports/mrc-pack/mrc-pack.controller';
import { SelfAssessmentPageController } from './reports/self-assessment/self-assessment.controller';
import { TsmReturnPageController } from './reports/tsm-return/tsm-return.controller';
import { PeopleController } from './people/people.controller';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { TeamWorkController } from './team-work/team-work.controller';

/**
 * The officers' workbench and the auditors' views: server-rendered GOV.UK Frontend pages that send the same commands
 * and queries as the HTTP API through the CommandBus and QueryBus, one folder per page.
 */
@Module({
  imports: [CqrsModule],
  // Static paths (new, letter) before the parametric ones they would otherwise match.
  controllers: [
    SignInController,
    OidcSignInController,
    MyWorkController,
    LogComplaintPageController,
    FindController,
    TeamWorkController,
    DashboardController,
    DeadLettersPageController,
    AlertSettingsController,
    PeopleController,
    LetterController,
    ComplaintController,
    ShowActionFormController,
    SubmitActionController,
    ReportsIndexController,
    AnnualReportPageController,
    TsmReturnPageController,
    SelfAssessmentPageController,
    LearningLogPageController,
    MrcPackPageController,
    ReportHazardPageController,
    HazardPageController,
    HazardActionController,
    AuditStartController,
    VerifyStorePageController,
    AuditHistoryController,
    AuditAsOfController,
    AuditDiffController,
    VerifyRecordController,
    AuditExportController,
  ],
  providers: [
    WebGuard,
    ActionPageService,
    ComplaintReader,
    HazardReader,
    GetComplaintPageHandler,
    GetHazardPageHandler,
    AuditRecordService,
    ReportContext,
    GetDashboardHandler,
  ],
})
export class WebModule {}
