import { Global, Module } from '@nestjs/common';
import { GetLatestSealController } from './get-latest-seal/get-latest-seal.controller';
import { SealNowController } from './seal-now/seal-now.controller';
import { SealKeyProvider } from './shared/seal-key.provider';
import { SealScheduler } from './shared/seal-scheduler.service';

/** Seals: the scheduler that seals the store daily, and sealing or reading a seal over HTTP. */
@Global()
@Module({
  controllers: [SealNowController, GetLatestSealController],
  providers: [SealKeyProvider, SealScheduler],
  exports: [SealKeyProvider],
})
export class SealsModule {}
