import { Controller, Get, Inject, NotFoundException, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MIN_PASSWORD_LENGTH } from '@redress/users';
import { UserDirectory } from '@redress/users';
import type { RedressConfig } from '@redress/config';
import { REDRESS_CONFIG } from '../../store/tokens';
import { redirect, renderPage } from '../shared/page';
import { SignInRequired, WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { formText } from '../shared/form';

/** Sign in with the local directory; a one-time password must be replaced before anything else. */
@WebController()
@Controller()
export class SignInController {
  constructor(
    private readonly directory: UserDirectory,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  @Post('web/sign-in')
  @WebPage()
  async signIn(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    // With REDRESS_LOCAL_SIGN_IN=false only the identity provider signs people in.
    if (this.config.web.oidc && !this.config.web.oidc.localSignIn)
      throw new NotFoundException('Sign in through your organisation');
    const username = formText(request, 'username').toLowerCase();
    const password = formText(request, 'password', { trim: false });
    const errors = [];
    if (!username) errors.push({ text: 'Enter your user name', href: '#username' });
    if (!password) errors.push({ text: 'Enter your password', href: '#password' });
    const user = errors.length === 0 ? await this.directory.verify(username, password) : undefined;
    if (!user) {
      if (errors.length === 0)
        errors.push({ text: 'The user name or password is not right', href: '#username' });
      return renderSignIn(request, reply, { username, errors }, 400);
    }
    // A new session on sign-in, so a session fixed before it is worth nothing after.
    request.session.regenerate();
    request.session.set('userId', user.id);
    redirect(reply, user.mustChangePassword ? '/web/password' : '/');
  }

  @Post('web/sign-out')
  @WebPage()
  signOut(@Req() request: WebRequest, @Res() reply: FastifyReply): void {
    request.session.delete();
    redirect(reply, '/');
  }

  @Get('web/password')
  @WebPage()
  async passwordForm(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signedIn(request);
    return renderPage(request, reply, 'sign-in/password.njk', { pageTitle: 'Choose a password' });
  }

  @Post('web/password')
  @WebPage()
  async changePassword(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const userId = await this.signedIn(request);
    const password = formText(request, 'password', { trim: false });
    const confirm = formText(request, 'confirmPassword', { trim: false });
    const errors = [];
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.push({
        text: `Your password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
        href: '#password',
      });
    else if (password !== confirm)
      errors.push({ text: 'The passwords do not match', href: '#confirmPassword' });
    if (errors.length > 0)
      return renderPage(
        request,
        reply,
        'sign-in/password.njk',
        {
          pageTitle: 'Choose a password',
          errorSummary: { titleText: 'There is a problem', errorList: errors },
          errors: byField(errors),
        },
        400,
      );
    await this.directory.changePassword(userId, password, { id: userId, role: 'user' });
    redirect(reply, '/');
  }

  private async signedIn(request: WebRequest): Promise<string> {
    const userId = request.session.get('userId') as string | undefined;
    const user = userId ? await this.directory.find(userId) : undefined;
    if (!user || user.disabled) throw new SignInRequired();
    return user.id;
  }
}

export function renderSignIn(
  request: WebRequest,
  reply: FastifyReply,
  form: { username?: string; errors?: { text: string; href: string }[] } = {},
  status = 200,
): Promise<void> {
  const errors = form.errors ?? [];
  return renderPage(
    request,
    reply,
    'sign-in/sign-in.njk',
    {
      pageTitle: 'Sign in',
      username: form.username,
      errors: byField(errors),
      errorSummary: errors.length
        ? { titleText: 'There is a problem', errorList: errors }
        : undefined,
    },
    status,
  );
}

/** Inline error messages by field id, from the summary's links. */
export function byField(
  errors: readonly { text: string; href: string }[],
): Record<string, { text: string }> {
  return Object.fromEntries(errors.map((e) => [e.href.replace(/^#/, ''), { text: e.text }]));
}
