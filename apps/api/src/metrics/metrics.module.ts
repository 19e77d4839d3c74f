import { Global, Module } from '@nestjs/common';
import { CommandMetrics } from './command-metrics';
import { MetricsController } from './metrics.controller';
import { StoreMetrics } from './store-metrics';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [CommandMetrics, StoreMetrics],
  exports: [CommandMetrics],
})
export class MetricsModule {}
