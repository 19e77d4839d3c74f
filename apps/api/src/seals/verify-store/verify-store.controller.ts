import { Controller, Get, HttpCode, NotFoundException, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { STORE_AUDIT_ROLES, type Actor } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import {
  StoreVerificationService,
  type StoreVerificationJob,
} from '../shared/store-verification.service';

/**
 * The whole store's chains and seals checked in the background (as `redress verify --all`),
 * one walk at a time: the same job the auditors' web page starts and watches.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/store-verification')
export class VerifyStoreController {
  constructor(private readonly verification: StoreVerificationService) {}

  @Post()
  @HttpCode(202)
  @AllowRoles(...STORE_AUDIT_ROLES)
  @ApiOperation({
    summary:
      'Start checking every hash chain in the store against its seals; while a check runs, answers with that one',
  })
  @ApiAcceptedResponse({
    description:
      'The job: `status` running, `percent` walked; `Location` is where to read its progress',
  })
  start(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StoreVerificationJob {
    const { job } = this.verification.start(actor.id);
    void reply.header('location', '/audit/store-verification');
    return job;
  }

  @Get()
  @AllowRoles(...STORE_AUDIT_ROLES)
  @ApiOperation({ summary: 'The check under way, with its progress, or the last one finished' })
  @ApiOkResponse({
    description:
      '`status` running, done or failed; when done, `result` says in plain words whether anything was altered',
  })
  @ApiNotFoundResponse({ description: 'No check has been run since the api started' })
  current(): StoreVerificationJob {
    const job = this.verification.current();
    if (!job) throw new NotFoundException('No check of the whole store has been run yet');
    return job;
  }
}
