import type { IssueStage2Response } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { IssueStage2ResponseRequest } from './issue-stage2-response.request';

export class IssueStage2ResponseCommand extends ComplaintHttpCommand<IssueStage2ResponseRequest> {
  toDomain(): IssueStage2Response {
    return { type: 'IssueStage2Response', complaintId: this.complaintId, ...this.payload };
  }
}
