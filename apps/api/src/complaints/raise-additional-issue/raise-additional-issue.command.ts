import type { RaiseAdditionalIssue } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RaiseAdditionalIssueRequest } from './raise-additional-issue.request';

export class RaiseAdditionalIssueCommand extends ComplaintHttpCommand<RaiseAdditionalIssueRequest> {
  toDomain(): RaiseAdditionalIssue {
    return { type: 'RaiseAdditionalIssue', complaintId: this.complaintId, ...this.payload };
  }
}
