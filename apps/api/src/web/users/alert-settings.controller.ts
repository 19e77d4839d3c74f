import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { DirectoryError, UserDirectory, type DirectoryUser } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { FormErrors } from '../actions/form-errors';
import { formText } from '../shared/form';
import { redirect, renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';

/**
 * The admin's view of who is told what (docs/alerts.md): everyone's alert channels and manager,
 * and a page per person to change them. The same directory events as `redress users channels`
 * and `redress users manager`, so the change is on the record with who made it.
 */
@WebController()
@Controller('web/users/alerts')
export class AlertSettingsController {
  constructor(private readonly directory: UserDirectory) {}

  @Get()
  @WebPage('admin')
  async list(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const people = await this.directory.list();
    const names = new Map(people.map((p) => [p.id, p.name]));
    return renderPage(request, reply, 'users/alert-settings-list.njk', {
      pageTitle: 'Who is told about deadlines',
      people: people.map((p) => ({ ...p, managerName: p.managerId && names.get(p.managerId) })),
    });
  }

  @Get(':id')
  @WebPage('admin')
  async form(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
  ): Promise<void> {
    const person = await this.person(id);
    const c = person.alertChannels;
    return this.render(request, reply, person, {
      email: c?.email ?? '',
      emailOn: c?.emailOn ? 'yes' : '',
      webhookUrl: c?.webhookUrl ?? '',
      webhookOn: c?.webhookOn ? 'yes' : '',
      managerId: person.managerId ?? '',
    });
  }

  @Post(':id')
  @WebPage('admin')
  async save(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
  ): Promise<void> {
    const person = await this.person(id);
    const values = {
      email: formText(request, 'email'),
      emailOn: formText(request, 'emailOn'),
      webhookUrl: formText(request, 'webhookUrl'),
      webhookOn: formText(request, 'webhookOn'),
      managerId: formText(request, 'managerId'),
    };
    const errors = new FormErrors();
    const by = { id: request.webUser!.id, role: request.webUser!.role };
    try {
      await this.directory.setAlertChannels(
        id,
        {
          email: values.email || null,
          emailOn: values.emailOn === 'yes',
          webhookUrl: values.webhookUrl || null,
          webhookOn: values.webhookOn === 'yes',
        },
        by,
      );
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      errors.add(/webhook/i.test(error.message) ? 'webhookUrl' : 'email', error.message);
    }
    if (!errors.any && (values.managerId || null) !== (person.managerId ?? null)) {
      try {
        await this.directory.setManager(id, values.managerId || null, by);
      } catch (error) {
        if (!(error instanceof DirectoryError)) throw error;
        errors.add('managerId', error.message);
      }
    }
    if (errors.any) return this.render(request, reply, person, values, errors, 400);
    redirect(reply, '/web/users/alerts');
  }

  private async person(id: string): Promise<DirectoryUser> {
    const person = await this.directory.find(id);
    if (!person) throw new NotFoundException(`There is no user called ${id}`);
    return person;
  }

  private async render(
    request: WebRequest,
    reply: FastifyReply,
    person: DirectoryUser,
    values: Record<string, string>,
    errors = new FormErrors(),
    status = 200,
  ): Promise<void> {
    const managers = (await this.directory.list())
      .filter((p) => p.id !== person.id && !p.disabled)
      .map((p) => ({ value: p.id, text: `${p.name} (${p.id})` }));
    return renderPage(
      request,
      reply,
      'users/alert-settings.njk',
      {
        pageTitle: `Alerts for ${person.name}`,
        person,
        values,
        managers,
        errors: errors.byField(),
        errorSummary: errors.summary(),
      },
      status,
    );
  }
}
