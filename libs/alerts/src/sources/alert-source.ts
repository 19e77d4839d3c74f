import type { OpenObligation } from '../model/open-obligation';

/**
 * Where open obligations come from. The notifier asks each source on every round; a new kind of
 * case (a hazard case's steps today, others later) plugs in as one more source.
 */
export interface AlertSource {
  readonly name: string;
  /** Every obligation still open at `now`, with its owner and due date. */
  openObligations(now: Date): Promise<OpenObligation[]>;
}
