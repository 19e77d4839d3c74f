import { Global, Module, type DynamicModule } from '@nestjs/common';
import { REDRESS_CONFIG } from '../store/tokens';
import type { RedressConfig } from '@redress/config';

/** The checked configuration, injectable everywhere (as REDRESS_CONFIG). */
@Global()
@Module({})
export class ConfigModule {
  static with(config: RedressConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: REDRESS_CONFIG, useValue: config }],
      exports: [REDRESS_CONFIG],
    };
  }
}
