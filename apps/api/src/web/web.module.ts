import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ComplaintReader } from '../complaints/shared/complaint-reader.service';
import { ActionController } from './actions/action.controller';
import { ComplaintController } from './complaint/complaint.controller';
import { GetComplaintPageHandler } from './complaint/get-complaint-page.handler';
import { FindController } from './find/find.controller';
import { LetterController } from './letter/letter.controller';
import { LogComplaintPageController } from './log-complaint/log-complaint.controller';
import { MyWorkController } from './my-work/my-work.controller';
import { WebGuard } from './shared/web-auth';
import { PeopleController } from './people/people.controller';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { TeamWorkController } from './team-work/team-work.controller';

/**
 * The officers' workbench: server-rendered GOV.UK Frontend pages that send the same commands
 * and queries as the HTTP API through the CommandBus and QueryBus, one folder per page.
 */
@Module({
  imports: [CqrsModule],
  // Static paths (new, letter) before the parametric ones they would otherwise match.
  controllers: [
    SignInController,
    OidcSignInController,
    MyWorkController,
    LogComplaintPageController,
    FindController,
    TeamWorkController,
    PeopleController,
    LetterController,
    ComplaintController,
    ActionController,
  ],
  providers: [WebGuard, ComplaintReader, GetComplaintPageHandler],
})
export class WebModule {}
