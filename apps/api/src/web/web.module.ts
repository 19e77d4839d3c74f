import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MyWorkController } from './my-work/my-work.controller';
import { WebGuard } from './shared/web-auth';
import { SignInController } from './sign-in/sign-in.controller';

/**
 * The officers' workbench: server-rendered GOV.UK Frontend pages that send the same commands
 * and queries as the HTTP API through the CommandBus and QueryBus, one folder per page.
 */
@Module({
  imports: [CqrsModule],
  controllers: [SignInController, MyWorkController],
  providers: [WebGuard],
})
export class WebModule {}
