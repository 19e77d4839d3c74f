import { Global, Module } from '@nestjs/common';
import { ReferenceIndex } from './reference-index.service';

/** Complaint references, for the api's paths and the web pages alike. */
@Global()
@Module({ providers: [ReferenceIndex], exports: [ReferenceIndex] })
export class ReferenceModule {}
