import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';

/**
 * `GET /` sends a person who opens the api in a browser to its documentation rather than a 404.
 * A placeholder: the web workbench will take this route over.
 */
@ApiTags('operations')
@Public()
@Controller()
export class HomeController {
  @Get()
  @Redirect('/docs', 302)
  @ApiOperation({ summary: 'Redirects to the API documentation (public)' })
  @ApiFoundResponse({ description: 'Location: /docs' })
  home(): void {}
}
