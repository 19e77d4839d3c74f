import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ReadModelConnection } from '@redress/read-models';
import { ReadModelCounting } from './counting/read-model-counting.service';
import { EmbeddedProjector } from './embedded-projector.service';
import { READ_MODELS } from './read-models.tokens';

/**
 * Provides the read-model database to the report queries, runs the embedded projector, and
 * counts the long reports (ReadModelCounting).
 */
@Global()
@Module({})
export class ReadModelsModule {
  static with(connection: ReadModelConnection): DynamicModule {
    return {
      module: ReadModelsModule,
      providers: [
        { provide: READ_MODELS, useValue: connection },
        EmbeddedProjector,
        ReadModelCounting,
      ],
      exports: [READ_MODELS, EmbeddedProjector, ReadModelCounting],
    };
  }
}
