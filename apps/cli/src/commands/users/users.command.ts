import { ROLES } from '@redress/users';
import { DirectoryError, isRole } from '@redress/users';
import { UserDirectory } from '@redress/users';
import { webhookAllowPrivate } from '@redress/config';
import { EXIT } from '../../exit-codes';
import { auditCommand, UsageProblem } from '../../support/audit-command';

const ACTIONS = ['add', 'list', 'disable', 'channels', 'manager'];
const ON_OFF = ['on', 'off'];

/** Who ran the command, recorded on the directory's events as the operating-system account. */
const operator = () => ({
  id: `os:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`,
  role: 'admin',
});

/**
 * `users add|list|disable|channels|manager`: the local user directory from the command line. A
 * new user gets a one-time password, printed once, which they replace when they first sign in.
 * `channels` sets where a person is sent alerts and `manager` who is told of their work too.
 */
export const usersCommand = auditCommand({
  name: 'users',
  summary: 'Add, list or disable people; set their alert channels and manager',
  usage: [
    'redress users add <user-name> --name "Olivia Officer" --role officer [--team "Housing"]',
    '       redress users list [--json]',
    '       redress users disable <user-name>',
    '       redress users channels <user-name> [--email <address|none>] [--email-alerts on|off]',
    '                              [--webhook <url|none>] [--webhook-alerts on|off]',
    '       redress users manager <user-name> <manager-user-name|none>',
    `  roles: ${ROLES.join(', ')}`,
  ].join('\n'),
  options: {
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string' },
    json: { type: 'boolean' },
    email: { type: 'string' },
    'email-alerts': { type: 'string' },
    webhook: { type: 'string' },
    'webhook-alerts': { type: 'string' },
  },
  check: (args) => {
    const [action, id, ...rest] = args.positionals;
    const extra = action === 'manager' ? rest.slice(1) : rest;
    if (action === 'manager' && rest.length === 0)
      throw new UsageProblem('users manager needs the manager’s user name, or none');
    for (const flag of ['email-alerts', 'webhook-alerts'])
      if (args.values[flag] !== undefined && !ON_OFF.includes(String(args.values[flag])))
        throw new UsageProblem(`--${flag} must be on or off`);
    if (!action || !ACTIONS.includes(action))
      throw new UsageProblem(`the action must be one of ${ACTIONS.join(', ')}`);
    if (extra.length > 0) throw new UsageProblem(`unexpected argument '${extra[0]}'`);
    if (action !== 'list' && !id) throw new UsageProblem(`users ${action} needs a user name`);
    if (action === 'add') {
      if (typeof args.values.name !== 'string' || !args.values.name.trim())
        throw new UsageProblem('users add needs --name');
      if (!isRole(args.values.role))
        throw new UsageProblem(`--role must be one of ${ROLES.join(', ')}`);
    }
  },
  async run(args, store, io) {
    const directory = new UserDirectory(store, {
      allowPrivateWebhooks: webhookAllowPrivate(process.env),
    });
    const [action, id] = args.positionals;
    try {
      if (action === 'add') {
        const { user, password } = await directory.add(
          {
            id: id!,
            name: String(args.values.name),
            role: args.values.role as never,
            team: typeof args.values.team === 'string' ? args.values.team : undefined,
          },
          operator(),
        );
        io.out(`Added ${user.id} (${user.name}, ${user.role}).`);
        io.out(`One-time password: ${password}`);
        io.out('Give it to them privately; they choose their own when they first sign in.');
        return EXIT.OK;
      }
      if (action === 'channels') {
        const user = await directory.find(id!);
        const was = user?.alertChannels;
        const text = (flag: string, old: string | null | undefined) => {
          const value = args.values[flag];
          if (value === undefined) return old ?? null;
          return value === 'none' ? null : String(value);
        };
        const onOff = (flag: string, old: boolean | undefined, address: string | null) => {
          const value = args.values[flag];
          // A newly given address switches its channel on unless told otherwise.
          if (value === undefined) return address !== null && (old ?? true);
          return value === 'on';
        };
        const email = text('email', was?.email);
        const webhookUrl = text('webhook', was?.webhookUrl);
        await directory.setAlertChannels(
          id!,
          {
            email,
            emailOn: onOff('email-alerts', was?.emailOn, email),
            webhookUrl,
            webhookOn: onOff('webhook-alerts', was?.webhookOn, webhookUrl),
          },
          operator(),
        );
        const now = (await directory.find(id!))!.alertChannels!;
        io.out(
          `Alerts for ${id}: email ${now.email ?? 'none'} (${now.emailOn ? 'on' : 'off'}), webhook ${now.webhookUrl ?? 'none'} (${now.webhookOn ? 'on' : 'off'}).`,
        );
        return EXIT.OK;
      }
      if (action === 'manager') {
        const managerId = args.positionals[2] === 'none' ? null : args.positionals[2]!;
        await directory.setManager(id!, managerId, operator());
        io.out(
          managerId
            ? `${managerId} is now told of ${id}'s amber and missed work.`
            : `${id} has no manager now.`,
        );
        return EXIT.OK;
      }
      if (action === 'disable') {
        await directory.disable(id!, operator());
        io.out(`Disabled ${id}: they can no longer sign in or be named as a handler.`);
        return EXIT.OK;
      }
      const users = (await directory.list()).map((u) => ({
        id: u.id,
        name: u.name,
        role: u.role,
        team: u.team ?? '',
        manager: u.managerId ?? '',
        alerts: [
          u.alertChannels?.emailOn ? `email ${u.alertChannels.email}` : '',
          u.alertChannels?.webhookOn ? 'webhook' : '',
        ]
          .filter(Boolean)
          .join(', '),
        status: u.disabled ? 'disabled' : u.mustChangePassword ? 'not signed in yet' : 'active',
      }));
      if (args.values.json) io.out(JSON.stringify(users, null, 2));
      else if (users.length === 0) io.out('Nobody is in the directory yet.');
      else
        for (const u of users)
          io.out(
            `${u.id.padEnd(20)} ${u.name.padEnd(28)} ${u.role.padEnd(11)} ${u.team.padEnd(16)} ${u.status.padEnd(18)} ${u.manager.padEnd(16)} ${u.alerts}`.trimEnd(),
          );
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      io.err(`redress users: ${error.message}`);
      return EXIT.USAGE;
    }
  },
});
