import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ReadModelConnection } from '@redress/read-models';
import { READ_MODELS } from '../read-models.tokens';
import type { CountKind, CountResults, JobOf } from './count-jobs';
import { counterFor, CountingThread, type ReadModelCounter } from './read-model-counter';

/**
 * The api's one counter for the long counts (the dashboard and every report): on the SQLite
 * read-model file a thread of its own, so a manager's report never holds up an officer's
 * request; otherwise here. Shared by every use case, so there is one thread, ended with the api.
 */
@Injectable()
export class ReadModelCounting implements OnApplicationShutdown {
  private readonly counter: ReadModelCounter;

  constructor(@Inject(READ_MODELS) readModels: ReadModelConnection) {
    this.counter = counterFor(readModels);
  }

  /** Whether counts run on a thread of their own (so counting ahead costs requests nothing). */
  get onItsOwnThread(): boolean {
    return this.counter instanceof CountingThread;
  }

  run<K extends CountKind>(job: JobOf<K>): Promise<CountResults[K]> {
    return this.counter.run(job);
  }

  onApplicationShutdown(): Promise<void> {
    return this.counter.close();
  }
}
