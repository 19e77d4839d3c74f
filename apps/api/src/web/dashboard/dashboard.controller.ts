import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '../../store/tokens';
import { renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { dashboardPeriods, REPORTING_MONTHS, yearsOffered } from './dashboard-period';
import { dashboardView } from './dashboard-view';
import { GetDashboardQuery } from './get-dashboard.query';

/** Who the dashboard is for: the Member Responsible for Complaints and the governing body (CHC 9.7), and managers. */
export const DASHBOARD_ROLES = ['governance', 'manager', 'admin'] as const;

/**
 * The MRC / governance dashboard: for a month, a quarter or a reporting year beside the one
 * before, what CHC 9.7 says the governing body receives. Every figure links to the complaints
 * behind it; every chart has its table. The period chooser is a GET form, so it works without
 * JavaScript and a view can be bookmarked.
 */
@WebController()
@Controller('web/dashboard')
export class DashboardController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage(...DASHBOARD_ROLES)
  async dashboard(
    @Query() query: Record<string, string | undefined>,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const today = londonDateOf(this.clock.now());
    const text = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
    const chosen = dashboardPeriods(
      {
        period: text('period'),
        year: text('year'),
        quarter: text('quarter'),
        month: text('month'),
      },
      today,
    );
    const values: Record<string, unknown> = 'error' in chosen ? query : { ...chosen };
    const chooser = {
      values,
      years: yearsOffered(today).map((y) => ({ value: y, text: y, selected: y === values.year })),
      months: REPORTING_MONTHS.map((m) => ({
        ...m,
        selected: String(m.value) === String(values.month),
      })),
    };
    if ('error' in chosen) {
      return renderPage(
        request,
        reply,
        'dashboard/dashboard.njk',
        {
          pageTitle: 'Complaints dashboard',
          chooser,
          errors: { [chosen.field]: { text: chosen.error } },
          errorSummary: {
            titleText: 'There is a problem',
            errorList: [{ text: chosen.error, href: `#${chosen.field}` }],
          },
        },
        400,
      );
    }
    const dashboard = await this.queryBus.execute(
      new GetDashboardQuery(chosen.current, chosen.previous),
    );
    return renderPage(request, reply, 'dashboard/dashboard.njk', {
      pageTitle: `Complaints dashboard: ${chosen.current.label}`,
      chooser,
      errors: {},
      d: dashboardView(dashboard),
    });
  }
}
