import type { SealResult, StoreChoice } from '@redress/event-store';
import type { NotifierStatus } from '@redress/alerts';
import type { RedressConfig } from '@redress/config';
import type { ProjectorStatus } from '@redress/read-models';

/** What the worker thread is given: where the store and the read models are. */
export interface BackgroundWorkerData {
  readonly store: StoreChoice;
  /** The read models' target: a SQLite file or a PostgreSQL URL (its password included). */
  readonly readModels: string;
  /** How often the worker reports its status. */
  readonly statusEveryMs: number;
  /** Present when the worker runs the alert notifier too (REDRESS_NOTIFIER=embedded): its settings. */
  readonly notifier?: RedressConfig;
  /** Present when the worker seals the store on schedule (REDRESS_SEAL_EVERY is not `off`). */
  readonly seal?: {
    readonly everyMs: number;
    /** Where the seal key is kept (or generated) when REDRESS_SEAL_KEY does not give one. */
    readonly dataDir: string;
    readonly keyPem?: string;
  };
}

/** From the api to the worker. */
export type ToWorker =
  /** The api's connection committed appends: look now rather than at the next poll. */
  | { readonly kind: 'appended' }
  /** An admin asked for a seal now (POST /audit/seals): made here, as the schedule's are. */
  | {
      readonly kind: 'seal';
      readonly id: number;
      readonly actor: { readonly id: string; readonly role: string };
      /** The api's time of the request, which the seal records. */
      readonly at: string;
    }
  /** Shut down: stop the work in hand, close the connections, exit. */
  | { readonly kind: 'stop' };

/** From the worker to the api. */
export type FromWorker =
  | {
      readonly kind: 'status';
      readonly projector: ProjectorStatus;
      readonly notifier?: NotifierStatus;
    }
  | { readonly kind: 'log'; readonly level: 'log' | 'warn' | 'error'; readonly message: string }
  | { readonly kind: 'sealed'; readonly id: number; readonly result: SealResult }
  /** The seal asked for was not made: why, and whether the store refused it (SealRefused). */
  | {
      readonly kind: 'seal-failed';
      readonly id: number;
      readonly refused: boolean;
      readonly message: string;
    }
  | { readonly kind: 'stopped' };
