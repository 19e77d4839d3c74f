import { ROLES } from '@redress/users';
import { DirectoryError, isRole } from '@redress/users';
import { UserDirectory } from '@redress/users';
import { EXIT } from '../../exit-codes';
import { auditCommand, UsageProblem } from '../../support/audit-command';

const ACTIONS = ['add', 'list', 'disable'];

/** Who ran the command, recorded on the directory's events as the operating-system account. */
const operator = () => ({
  id: `os:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`,
  role: 'admin',
});

/**
 * `users add|list|disable`: the local user directory from the command line. A new user gets a
 * one-time password, printed once, which they replace when they first sign in.
 */
export const usersCommand = auditCommand({
  name: 'users',
  summary: 'Add, list or disable people in the local user directory',
  usage: [
    'redress users add <user-name> --name "Olivia Officer" --role officer [--team "Housing"]',
    '       redress users list [--json]',
    '       redress users disable <user-name>',
    `  roles: ${ROLES.join(', ')}`,
  ].join('\n'),
  options: {
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    const [action, id, ...extra] = args.positionals;
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
    const directory = new UserDirectory(store);
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
        status: u.disabled ? 'disabled' : u.mustChangePassword ? 'not signed in yet' : 'active',
      }));
      if (args.values.json) io.out(JSON.stringify(users, null, 2));
      else if (users.length === 0) io.out('Nobody is in the directory yet.');
      else
        for (const u of users)
          io.out(
            `${u.id.padEnd(20)} ${u.name.padEnd(28)} ${u.role.padEnd(11)} ${u.team.padEnd(16)} ${u.status}`,
          );
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      io.err(`redress users: ${error.message}`);
      return EXIT.USAGE;
    }
  },
});
