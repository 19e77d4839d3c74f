import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DirectoryError, ROLES, UserDirectory } from '@redress/users';
import { FormErrors } from '../actions/form-errors';
import { formText } from '../shared/form';
import { redirect, renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';

/** What each role may do, in the words an administrator choosing one needs (decision 10). */
const ROLE_HINTS: Record<string, string> = {
  officer: 'Logs and works complaints',
  manager: 'Works complaints, sees Team work and reassigns, reads the reports',
  auditor: 'Reads complaints and reports, changes nothing',
  governance: 'Reads complaints and the governing body’s reports, changes nothing',
  admin: 'Everything a manager can, and adds or disables people',
};

/** Which form field a directory refusal is about. */
const ERROR_FIELDS: Record<DirectoryError['code'], string> = {
  USER_EXISTS: 'id',
  INVALID_USER_ID: 'id',
  INVALID_ROLE: 'role',
  INVALID_NAME: 'name',
  USER_NOT_FOUND: 'main-content',
  WEAK_PASSWORD: 'main-content',
  // Alert channels and managers are set on the Who is told page, not here.
  INVALID_CHANNEL: 'main-content',
  INVALID_MANAGER: 'main-content',
};

/**
 * The user directory for administrators, as `redress users add|list|disable` gives it on the
 * command line: who may sign in, with which role, and who may be chosen as a handler.
 */
@WebController()
@Controller('web/people')
export class PeopleController {
  constructor(private readonly directory: UserDirectory) {}

  @Get()
  @WebPage('admin')
  async list(
    @Query('done') done: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return renderPage(request, reply, 'people/people.njk', {
      pageTitle: 'People',
      people: await this.directory.list(),
      notice:
        done === 'disabled' ? 'The person was disabled: they can no longer sign in' : undefined,
    });
  }

  @Get('new')
  @WebPage('admin')
  add(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.form(request, reply, { role: 'officer' }, new FormErrors());
  }

  @Post('new')
  @WebPage('admin')
  async create(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const values = {
      id: formText(request, 'id').toLowerCase(),
      name: formText(request, 'name'),
      role: formText(request, 'role'),
      team: formText(request, 'team'),
    };
    const errors = new FormErrors();
    if (!values.id) errors.add('id', 'Enter a user name, for example olivia.officer');
    if (!values.name) errors.add('name', 'Enter the person’s name');
    if (!(ROLES as readonly string[]).includes(values.role)) errors.add('role', 'Choose a role');
    if (errors.any) return this.form(request, reply, values, errors, 400);
    try {
      const { user, password } = await this.directory.add(
        {
          id: values.id,
          name: values.name,
          role: values.role as (typeof ROLES)[number],
          ...(values.team ? { team: values.team } : {}),
        },
        { id: request.webUser!.id, role: request.webUser!.role },
      );
      return renderPage(request, reply, 'people/person-added.njk', {
        pageTitle: `${user.name} added`,
        person: user,
        password,
      });
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      errors.add(ERROR_FIELDS[error.code], error.message);
      return this.form(request, reply, values, errors, error.code === 'USER_EXISTS' ? 409 : 400);
    }
  }

  @Post(':id/disable')
  @WebPage('admin')
  async disable(
    @Param('id') id: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Disabling yourself would leave nobody able to undo it from here.
    const person = id !== request.webUser!.id ? await this.directory.find(id) : undefined;
    if (person && !person.disabled)
      await this.directory.disable(id, { id: request.webUser!.id, role: request.webUser!.role });
    redirect(reply, person ? '/web/people?done=disabled' : '/web/people');
  }

  private form(
    request: WebRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FormErrors,
    status = 200,
  ): Promise<void> {
    return renderPage(
      request,
      reply,
      'people/add-person.njk',
      {
        pageTitle: 'Add a person',
        values,
        roles: ROLES.map((role) => ({
          value: role,
          text: role[0]!.toUpperCase() + role.slice(1),
          hint: { text: ROLE_HINTS[role] },
          checked: values.role === role,
        })),
        errors: errors.byField(),
        errorSummary: errors.summary(),
      },
      status,
    );
  }
}
