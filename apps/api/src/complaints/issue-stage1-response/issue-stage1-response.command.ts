import type { IssueStage1Response } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { IssueStage1ResponseRequest } from './issue-stage1-response.request';

export class IssueStage1ResponseCommand extends ComplaintHttpCommand<IssueStage1ResponseRequest> {
  toDomain(): IssueStage1Response {
    return { type: 'IssueStage1Response', complaintId: this.complaintId, ...this.payload };
  }
}
