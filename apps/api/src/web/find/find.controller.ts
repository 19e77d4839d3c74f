import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { isLocalDate } from '@redress/complaints';
import {
  InvalidCursorError,
  InvalidFigureError,
  type ComplaintListPage,
} from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { CASELOAD_ROLES } from '@redress/users';
import { parseReference } from '@redress/complaint-stream';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { policies } from '@redress/complaint-stream';
import { ListComplaintsQuery } from '../../reports/list-complaints/list-complaints.query';
import { redirect, renderPage } from '../shared/page';
import { caseworkers, peopleNames } from '../shared/people';
import { STATUS_FILTERS } from '../shared/labels';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { FormErrors } from '../actions/form-errors';
import { describeFigure, FIGURE_FIELDS, figureParamsOf } from './figure-query';

const PAGE_SIZE = 25;

/**
 * Find complaints with the API's list filters, a page at a time. A reference goes straight to
 * its complaint. The filters are a GET form, so a search can be bookmarked and works without
 * JavaScript. A dashboard figure links here with the figure's own filter (the API's), so the
 * list shows the complaints behind it.
 */
@WebController()
@Controller('web/find')
export class FindController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
  ) {}

  @Get()
  @WebPage(...CASELOAD_ROLES)
  async find(
    @Query() query: Record<string, string | undefined>,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const errors = new FormErrors();
    const q = (name: string) => (typeof query[name] === 'string' ? query[name]!.trim() : '');
    if (q('reference')) {
      const id = await this.references.complaintIdOf(q('reference'));
      if (id) return redirect(reply, `/web/complaints/${parseReference(q('reference'))}`);
      errors.add(
        'reference',
        parseReference(q('reference'))
          ? 'No complaint has that reference'
          : 'A reference looks like C-2025-000123',
      );
    }
    if (q('q').length > 200) errors.add('q', 'Search for 200 characters or fewer');
    for (const field of ['receivedFrom', 'receivedTo'])
      if (q(field) && !isLocalDate(q(field))) errors.add(field, 'Enter a date like 2025-04-17');
    const figure = figureParamsOf(q);
    if (typeof figure === 'string') errors.add('main-content', figure);
    const stage = q('stage') === '1' ? 1 : q('stage') === '2' ? 2 : undefined;
    const filter: ListComplaintsQuery['request'] = {
      ...(stage ? { stage } : {}),
      ...(q('status') ? { status: q('status') } : {}),
      ...(q('category') ? { category: q('category') } : {}),
      ...(q('handler') ? { handler: q('handler') } : {}),
      ...(q('residentRef') ? { residentRef: q('residentRef') } : {}),
      ...(q('propertyRef') ? { propertyRef: q('propertyRef') } : {}),
      ...(q('q') && q('q').length <= 200 ? { q: q('q') } : {}),
      ...(q('receivedFrom') && isLocalDate(q('receivedFrom'))
        ? { receivedFrom: q('receivedFrom') }
        : {}),
      ...(q('receivedTo') && isLocalDate(q('receivedTo')) ? { receivedTo: q('receivedTo') } : {}),
      ...(typeof figure === 'object' ? figure : {}),
      limit: PAGE_SIZE,
      ...(q('cursor') ? { cursor: q('cursor') } : {}),
    };
    let page: ComplaintListPage = { items: [] };
    try {
      page = await this.queryBus.execute(new ListComplaintsQuery(filter));
    } catch (error) {
      if (error instanceof InvalidFigureError) errors.add('main-content', error.message);
      else if (!(error instanceof InvalidCursorError)) throw error;
      else errors.add('main-content', 'That page of results is no longer available: search again');
    }
    const refs = await this.references.referencesOf(page.items);
    const next = new URLSearchParams(
      Object.entries(query).filter(([k, v]) => k !== 'cursor' && typeof v === 'string' && v) as [
        string,
        string,
      ][],
    );
    if (page.nextCursor) next.set('cursor', page.nextCursor);
    return renderPage(request, reply, 'find/find.njk', {
      pageTitle: 'Find a complaint',
      values: query,
      errors: errors.byField(),
      errorSummary: errors.summary(),
      figure: typeof figure === 'object' ? describeFigure(figure) : undefined,
      figureFields: FIGURE_FIELDS.filter((f) => q(f)).map((f) => ({ name: f, value: q(f) })),
      clearFigureHref: `/web/find?${new URLSearchParams([...next].filter(([k]) => k !== 'cursor' && !(FIGURE_FIELDS as readonly string[]).includes(k))).toString()}`,
      rows: page.items.map((i) => ({ ...i, reference: refs[i.complaintId] ?? i.complaintId })),
      nextHref: page.nextCursor ? `/web/find?${next.toString()}` : undefined,
      firstHref: q('cursor')
        ? `/web/find?${new URLSearchParams([...next].filter(([k]) => k !== 'cursor')).toString()}`
        : undefined,
      statuses: STATUS_FILTERS.map((s) => ({ ...s, selected: s.value === q('status') })),
      handlers: [{ value: '', text: 'Anyone' }, ...(await caseworkers(this.directory))].map(
        (h) => ({ ...h, selected: h.value === q('handler') }),
      ),
      people: await peopleNames(this.directory),
      categories: [
        { value: '', text: 'Any category' },
        ...policies.current().categories.map((c) => ({ value: c, text: c })),
      ].map((c) => ({ ...c, selected: c.value === q('category') })),
    });
  }
}
