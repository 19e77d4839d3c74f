import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../auth/auth.decorators';
import { CommandMetrics } from './command-metrics';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: CommandMetrics) {}

  @Get()
  @AllowRoles('admin')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary:
      "Prometheus metrics (admin): commands by type and outcome, latency histogram, the embedded store's commits",
  })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
