import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { SubscriptionStatusRegistry } from './subscription-status.registry';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [SubscriptionStatusRegistry],
  exports: [SubscriptionStatusRegistry],
})
export class HealthModule {}
