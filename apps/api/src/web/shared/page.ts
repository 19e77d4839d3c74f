import type { FastifyReply } from 'fastify';
import type { WebRequest } from './web-auth';

const NAVIGATION = [
  { href: '/', text: 'My work', roles: null },
  { href: '/web/complaints/new', text: 'Log a complaint', roles: ['officer', 'manager', 'admin'] },
  { href: '/web/hazards/new', text: 'Report a hazard', roles: ['officer', 'manager', 'admin'] },
  { href: '/web/find', text: 'Find', roles: null },
  { href: '/web/team', text: 'Team work', roles: ['manager', 'admin'] },
  { href: '/web/dashboard', text: 'Dashboard', roles: ['governance', 'manager', 'admin'] },
  // The API's REPORT_ROLES: whoever may read the report endpoints may read their pages.
  { href: '/web/reports', text: 'Reports', roles: ['manager', 'governance', 'auditor', 'admin'] },
  // Every role that may read a record's history over the API may audit it here.
  { href: '/web/audit', text: 'Audit', roles: null },
  { href: '/web/people', text: 'People', roles: ['admin'] },
] as const;

/**
 * Pages load scripts, styles, fonts and images from Redress only: no inline script or style, so
 * injected markup cannot run. Forms post back to Redress only; no other site may frame a page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * Renders a page in the layout: who is signed in, the navigation their role allows (the current
 * page marked), and a fresh CSRF token for its forms.
 */
export async function renderPage(
  request: WebRequest,
  reply: FastifyReply,
  template: string,
  data: Record<string, unknown> & { pageTitle: string },
  status = 200,
): Promise<void> {
  const user = request.webUser;
  const path = request.url.split('?')[0] ?? '';
  const navigation = user
    ? NAVIGATION.filter(
        (n) => n.roles === null || (n.roles as readonly string[]).includes(user.role),
      ).map((n) => ({
        href: n.href,
        text: n.text,
        // A section's pages mark its item too (the reports under /web/reports/...).
        active: n.href === path || (n.href !== '/' && path.startsWith(`${n.href}/`)),
      }))
    : [];
  const csrfToken = (reply as unknown as { generateCsrf(): string }).generateCsrf();
  const html = await reply.viewAsync(template, { ...data, user, navigation, csrfToken });
  await reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .type('text/html; charset=utf-8')
    .send(html);
}

/** After a successful post: back to a page (303, so a reload does not post again). */
export function redirect(reply: FastifyReply, to: string): void {
  void reply.code(303).header('location', to).send();
}
