import {
  evolve,
  initialState,
  lifecycleDocument,
  restoreLifecycle,
  type ComplaintEvent,
  type ComplaintRecord,
  type ComplaintState,
  type LifecycleDocument,
} from '@redress/complaints';

/**
 * The projection's document for one complaint: the domain's own fold and the last revision
 * folded in. Reusing the domain's `evolve` means a report can never disagree with the rules
 * about what a complaint's state is.
 */
export interface ProjectedComplaint {
  readonly complaintId: string;
  readonly revision: number;
  readonly state: ComplaintState;
}

/**
 * Folds one stored event into the document (habit 10: `evolve(doc | null, event)`). An event at
 * or below the revision already folded is a redelivery and changes nothing.
 */
export function projectEvent(
  doc: ProjectedComplaint | null,
  complaintId: string,
  revision: number,
  event: ComplaintEvent,
): ProjectedComplaint {
  const current = doc ?? { complaintId, revision: -1, state: initialState() };
  if (revision <= current.revision) return current;
  return { complaintId, revision, state: evolve(current.state, event) };
}

interface DocumentJson {
  readonly complaintId: string;
  readonly revision: number;
  readonly lifecycle: LifecycleDocument;
  readonly complaint: ComplaintRecord | null;
}

export function documentToJson(doc: ProjectedComplaint): string {
  const json: DocumentJson = {
    complaintId: doc.complaintId,
    revision: doc.revision,
    lifecycle: lifecycleDocument(doc.state.lifecycle),
    complaint: doc.state.complaint,
  };
  return JSON.stringify(json);
}

export function documentFromJson(text: string): ProjectedComplaint {
  const json = JSON.parse(text) as DocumentJson;
  return {
    complaintId: json.complaintId,
    revision: json.revision,
    state: { lifecycle: restoreLifecycle(json.lifecycle), complaint: json.complaint },
  };
}
