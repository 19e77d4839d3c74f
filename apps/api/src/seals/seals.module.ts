import { Global, Module } from '@nestjs/common';
import { GetLatestSealController } from './get-latest-seal/get-latest-seal.controller';
import { SealNowController } from './seal-now/seal-now.controller';
import { SealKeyProvider } from './shared/seal-key.provider';
import { SealScheduler } from './shared/seal-scheduler.service';
import { StoreVerificationService } from './shared/store-verification.service';
import { VerifyStoreController } from './verify-store/verify-store.controller';

/**
 * Seals: the scheduler that seals the store daily, sealing or reading a seal over HTTP, and
 * checking the whole store against its seals in the background.
 */
@Global()
@Module({
  controllers: [SealNowController, GetLatestSealController, VerifyStoreController],
  providers: [SealKeyProvider, SealScheduler, StoreVerificationService],
  exports: [SealKeyProvider, StoreVerificationService],
})
export class SealsModule {}
