import { ROLES, type Role } from './roles';

/** One person in the local user directory: who signs in, and who may be named as a handler. */
export interface DirectoryUser {
  /** The user name, which is also the actor id recorded on every event they cause. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly team?: string;
  readonly passwordHash: string;
  /** A password someone else chose (the printed first password) must be replaced on sign-in. */
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  /** Who is told, besides them, when their work turns amber or is missed (docs/alerts.md). */
  readonly managerId?: string;
  /** Where and whether they are sent alerts; none until someone sets them. */
  readonly alertChannels?: AlertChannels;
  /**
   * Why, when the identity provider rather than an administrator took access away: the next
   * sign-in with a role gives it back; an administrator's disabling only an administrator undoes.
   */
  readonly disabledBy?: 'IDENTITY_PROVIDER';
}

/** The channels a person chose for alerts: an address per channel, each switched on or off. */
export interface AlertChannels {
  readonly email: string | null;
  readonly emailOn: boolean;
  readonly webhookUrl: string | null;
  readonly webhookOn: boolean;
}

/** The events of the `user-directory` stream, folded in order. */
export type DirectoryEvent =
  | {
      type: 'UserAdded';
      data: {
        userId: string;
        name: string;
        role: Role;
        team?: string;
        passwordHash: string;
        mustChangePassword: boolean;
      };
    }
  | {
      type: 'PasswordChanged';
      data: { userId: string; passwordHash: string; mustChangePassword: boolean };
    }
  | { type: 'UserDisabled'; data: { userId: string; by?: 'IDENTITY_PROVIDER' } }
  | {
      type: 'AlertChannelsSet';
      data: {
        userId: string;
        email: string | null;
        emailOn: boolean;
        webhookUrl: string | null;
        webhookOn: boolean;
      };
    }
  | { type: 'ManagerSet'; data: { userId: string; managerId: string | null } }
  /** The identity provider gave the person a role again after taking every role away. */
  | { type: 'UserEnabled'; data: { userId: string } }
  /** The name or role changed at the identity provider, seen at the person's sign-in. */
  | { type: 'UserDetailsChanged'; data: { userId: string; name: string; role: Role } };

export const USER_DIRECTORY_STREAM = 'user-directory';

/** User names: short, printable and unambiguous, since they are recorded as actor ids. */
export const USER_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 12;

export class DirectoryError extends Error {
  constructor(
    readonly code:
      | 'USER_EXISTS'
      | 'USER_NOT_FOUND'
      | 'INVALID_USER_ID'
      | 'INVALID_ROLE'
      | 'INVALID_NAME'
      | 'WEAK_PASSWORD'
      | 'INVALID_CHANNEL'
      | 'INVALID_MANAGER',
    message: string,
  ) {
    super(message);
    this.name = 'DirectoryError';
  }
}

export function foldDirectory(
  users: Map<string, DirectoryUser>,
  event: DirectoryEvent,
): Map<string, DirectoryUser> {
  const d = event.data;
  const existing = users.get(d.userId);
  switch (event.type) {
    case 'UserAdded':
      users.set(d.userId, {
        id: event.data.userId,
        name: event.data.name,
        role: event.data.role,
        team: event.data.team,
        passwordHash: event.data.passwordHash,
        mustChangePassword: event.data.mustChangePassword,
        disabled: false,
      });
      break;
    case 'PasswordChanged':
      if (existing)
        users.set(d.userId, {
          ...existing,
          passwordHash: event.data.passwordHash,
          mustChangePassword: event.data.mustChangePassword,
        });
      break;
    case 'UserDisabled':
      if (existing)
        users.set(d.userId, {
          ...existing,
          disabled: true,
          ...(event.data.by ? { disabledBy: event.data.by } : {}),
        });
      break;
    case 'UserEnabled':
      if (existing) {
        const { disabledBy: _was, ...rest } = existing;
        users.set(d.userId, { ...rest, disabled: false });
      }
      break;
    case 'UserDetailsChanged':
      if (existing)
        users.set(d.userId, { ...existing, name: event.data.name, role: event.data.role });
      break;
    case 'AlertChannelsSet': {
      if (!existing) break;
      const { email, emailOn, webhookUrl, webhookOn } = event.data;
      users.set(d.userId, {
        ...existing,
        alertChannels: { email, emailOn, webhookUrl, webhookOn },
      });
      break;
    }
    case 'ManagerSet':
      if (existing)
        users.set(d.userId, { ...existing, managerId: event.data.managerId ?? undefined });
      break;
  }
  return users;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
