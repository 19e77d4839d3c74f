import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { REPORT_ROLES } from '@redress/users';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';

/** The reports a governing body, a manager or an auditor reads, each a page of its own. */
export const REPORT_PAGES = [
  {
    href: '/web/reports/annual',
    title: 'Annual complaint performance and service improvement report',
    about:
      'The year beside the year before, as the governing body receives it (CHC 8.1). Print it, or download it as CSV or JSON.',
  },
  {
    href: '/web/reports/tsm',
    title: 'Tenant Satisfaction Measures return (CH01 and CH02)',
    about:
      'The figures for the regulator’s data return, by LCRA, LCHO and combined, with the timescales and choices used.',
  },
  {
    href: '/web/reports/self-assessment',
    title: 'Self-assessment evidence',
    about:
      'Each provision of the Code the record can measure, with the complaints that fell short of it.',
  },
  {
    href: '/web/reports/learning',
    title: 'Learning log',
    about:
      'What was learned from complaints closed in the year, and the service improvements agreed (CHC 9.1 to 9.3).',
  },
  {
    href: '/web/reports/mrc-pack',
    title: 'Pack for the Member Responsible for Complaints',
    about:
      'A printable pack for the governing body for a month, a quarter or a year: the four things CHC 9.7 lists and the learning made (CHC 9.3).',
  },
] as const;

@WebController()
@Controller('web/reports')
export class ReportsIndexController {
  @Get()
  @WebPage(...REPORT_ROLES)
  index(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    return renderPage(request, reply, 'reports/index/reports-index.njk', {
      pageTitle: 'Reports',
      pages: REPORT_PAGES,
    });
  }
}
