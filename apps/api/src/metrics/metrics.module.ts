import { Global, Module } from '@nestjs/common';
import { CommandMetrics } from './command-metrics';
import { MetricsController } from './metrics.controller';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [CommandMetrics],
  exports: [CommandMetrics],
})
export class MetricsModule {}
