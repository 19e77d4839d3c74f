import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { LinkComplaintCommand } from './link-complaint.command';

@CommandHandler(LinkComplaintCommand)
export class LinkComplaintHandler extends HazardCommandHandler<LinkComplaintCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
