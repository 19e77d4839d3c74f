/**
 * What every stored event carries besides its payload (architecture decision 3). Written once
 * by the command handler; never changed.
 */
export interface EventMetadata {
  readonly eventId: string;
  /** The command that produced the event: a retried command is recognised by it. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: { readonly id: string; readonly role: string };
  /** When the server recorded it (the server's clock). */
  readonly recordedAt: string;
  /** The business date it takes effect, which may be earlier when back-dated with a reason. */
  readonly effectiveOn?: string;
  readonly backdateReason?: string;
  readonly schemaVersion: number;
  /** The hash of the previous event in the stream, or the genesis hash for the first. */
  readonly prevHash: string;
  /** SHA-256 over `prevHash` and this event's canonical content. */
  readonly hash: string;
}
