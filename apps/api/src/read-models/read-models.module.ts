import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ReadModelConnection } from '@redress/read-models';
import { EmbeddedProjector } from './embedded-projector.service';
import { READ_MODELS } from './read-models.tokens';

/** Provides the read-model database to the report queries and runs the embedded projector. */
@Global()
@Module({})
export class ReadModelsModule {
  static with(connection: ReadModelConnection): DynamicModule {
    return {
      module: ReadModelsModule,
      providers: [{ provide: READ_MODELS, useValue: connection }, EmbeddedProjector],
      exports: [READ_MODELS, EmbeddedProjector],
    };
  }
}
