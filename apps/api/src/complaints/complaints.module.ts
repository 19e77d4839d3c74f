import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AcknowledgeStage1Controller } from './acknowledge-stage1/acknowledge-stage1.controller';
import { AcknowledgeStage1Handler } from './acknowledge-stage1/acknowledge-stage1.handler';
import { GetComplaintController } from './get-complaint/get-complaint.controller';
import { GetComplaintHandler } from './get-complaint/get-complaint.handler';
import { GetComplaintEventsController } from './get-complaint-events/get-complaint-events.controller';
import { GetComplaintEventsHandler } from './get-complaint-events/get-complaint-events.handler';
import { LogComplaintController } from './log-complaint/log-complaint.controller';
import { LogComplaintHandler } from './log-complaint/log-complaint.handler';
import { DeclineComplaintController } from './decline-complaint/decline-complaint.controller';
import { DeclineComplaintHandler } from './decline-complaint/decline-complaint.handler';
import { ExtendDeadlineController } from './extend-deadline/extend-deadline.controller';
import { ExtendDeadlineHandler } from './extend-deadline/extend-deadline.handler';
import { IssueStage1ResponseController } from './issue-stage1-response/issue-stage1-response.controller';
import { IssueStage1ResponseHandler } from './issue-stage1-response/issue-stage1-response.handler';
import { RequestEscalationController } from './request-escalation/request-escalation.controller';
import { RequestEscalationHandler } from './request-escalation/request-escalation.handler';
import { RefuseEscalationController } from './refuse-escalation/refuse-escalation.controller';
import { RefuseEscalationHandler } from './refuse-escalation/refuse-escalation.handler';
import { AcknowledgeStage2Controller } from './acknowledge-stage2/acknowledge-stage2.controller';
import { AcknowledgeStage2Handler } from './acknowledge-stage2/acknowledge-stage2.handler';
import { IssueStage2ResponseController } from './issue-stage2-response/issue-stage2-response.controller';
import { IssueStage2ResponseHandler } from './issue-stage2-response/issue-stage2-response.handler';
import { CloseComplaintController } from './close-complaint/close-complaint.controller';
import { CloseComplaintHandler } from './close-complaint/close-complaint.handler';
import { WithdrawComplaintController } from './withdraw-complaint/withdraw-complaint.controller';
import { WithdrawComplaintHandler } from './withdraw-complaint/withdraw-complaint.handler';
import { ReassignHandlerController } from './reassign-handler/reassign-handler.controller';
import { ReassignHandlerHandler } from './reassign-handler/reassign-handler.handler';
import { RaiseAdditionalIssueController } from './raise-additional-issue/raise-additional-issue.controller';
import { RaiseAdditionalIssueHandler } from './raise-additional-issue/raise-additional-issue.handler';
import { RecordReasonableAdjustmentController } from './record-reasonable-adjustment/record-reasonable-adjustment.controller';
import { RecordReasonableAdjustmentHandler } from './record-reasonable-adjustment/record-reasonable-adjustment.handler';
import { CorrectTenureController } from './correct-tenure/correct-tenure.controller';
import { CorrectTenureHandler } from './correct-tenure/correct-tenure.handler';
import { FlagVulnerabilityController } from './flag-vulnerability/flag-vulnerability.controller';
import { FlagVulnerabilityHandler } from './flag-vulnerability/flag-vulnerability.handler';
import { CompleteActionController } from './complete-action/complete-action.controller';
import { CompleteActionHandler } from './complete-action/complete-action.handler';
import { RecordOmbudsmanReferralController } from './record-ombudsman-referral/record-ombudsman-referral.controller';
import { RecordOmbudsmanReferralHandler } from './record-ombudsman-referral/record-ombudsman-referral.handler';
import { RecordOmbudsmanDeterminationController } from './record-ombudsman-determination/record-ombudsman-determination.controller';
import { RecordOmbudsmanDeterminationHandler } from './record-ombudsman-determination/record-ombudsman-determination.handler';
import { RecordOmbudsmanOrderController } from './record-ombudsman-order/record-ombudsman-order.controller';
import { RecordOmbudsmanOrderHandler } from './record-ombudsman-order/record-ombudsman-order.handler';
import { RecordOrderComplianceController } from './record-order-compliance/record-order-compliance.controller';
import { RecordOrderComplianceHandler } from './record-order-compliance/record-order-compliance.handler';
import { ExportComplaintController } from './export-complaint/export-complaint.controller';
import { GetComplaintHistoryController } from './get-complaint-history/get-complaint-history.controller';
import { GetComplaintHistoryHandler } from './get-complaint-history/get-complaint-history.handler';
import { VerifyComplaintChainController } from './verify-complaint-chain/verify-complaint-chain.controller';
import { ComplaintCommandService } from './shared/complaint-command.service';
import { ComplaintReader } from './shared/complaint-reader.service';
import { HazardReader } from '../hazards/shared/hazard-reader.service';

/** One entry per use case (habit 7: handlers registered in provider arrays). */
const USE_CASES = [
  [LogComplaintController, LogComplaintHandler],
  [AcknowledgeStage1Controller, AcknowledgeStage1Handler],
  [DeclineComplaintController, DeclineComplaintHandler],
  [ExtendDeadlineController, ExtendDeadlineHandler],
  [IssueStage1ResponseController, IssueStage1ResponseHandler],
  [RequestEscalationController, RequestEscalationHandler],
  [RefuseEscalationController, RefuseEscalationHandler],
  [AcknowledgeStage2Controller, AcknowledgeStage2Handler],
  [IssueStage2ResponseController, IssueStage2ResponseHandler],
  [CloseComplaintController, CloseComplaintHandler],
  [WithdrawComplaintController, WithdrawComplaintHandler],
  [ReassignHandlerController, ReassignHandlerHandler],
  [RaiseAdditionalIssueController, RaiseAdditionalIssueHandler],
  [RecordReasonableAdjustmentController, RecordReasonableAdjustmentHandler],
  [FlagVulnerabilityController, FlagVulnerabilityHandler],
  [CorrectTenureController, CorrectTenureHandler],
  [CompleteActionController, CompleteActionHandler],
  [RecordOmbudsmanReferralController, RecordOmbudsmanReferralHandler],
  [RecordOmbudsmanDeterminationController, RecordOmbudsmanDeterminationHandler],
  [RecordOmbudsmanOrderController, RecordOmbudsmanOrderHandler],
  [RecordOrderComplianceController, RecordOrderComplianceHandler],
  [GetComplaintController, GetComplaintHandler],
  [GetComplaintEventsController, GetComplaintEventsHandler],
  [GetComplaintHistoryController, GetComplaintHistoryHandler],
] as const;

/** Auditor endpoints that read the store directly rather than through a query handler. */
const AUDIT_CONTROLLERS = [VerifyComplaintChainController, ExportComplaintController];

@Module({
  imports: [CqrsModule],
  controllers: [...USE_CASES.map(([controller]) => controller), ...AUDIT_CONTROLLERS],
  providers: [
    ComplaintCommandService,
    ComplaintReader,
    HazardReader,
    ...USE_CASES.map(([, handler]) => handler),
  ],
})
export class ComplaintsModule {}
