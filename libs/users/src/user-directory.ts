import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { ConcurrencyError, type EventStore } from '@redress/event-store';
import type { Role } from './roles';
import { privateDestinationProblem } from './webhook-destination';
import { appendChained } from '@redress/event-store';
import {
  DirectoryError,
  foldDirectory,
  isRole,
  MIN_PASSWORD_LENGTH,
  USER_DIRECTORY_STREAM,
  USER_ID,
  type AlertChannels,
  type DirectoryEvent,
  type DirectoryUser,
} from './directory-user';

/** A plain address check: one @, something either side, no spaces (RFC 5321 is far looser). */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

type Actor = { readonly id: string; readonly role: string };
const SYSTEM: Actor = { id: 'redress', role: 'admin' };

/**
 * The local user directory, kept as an event stream in the event store (so it works on every
 * store, is hash-chained, and says who added or disabled whom). Passwords are argon2id hashes.
 */
export class UserDirectory {
  private users = new Map<string, DirectoryUser>();
  private revision = -1n;
  /** Verified against when the user is unknown, so a wrong name costs as long as a wrong password. */
  private decoy?: Promise<string>;

  constructor(
    private readonly store: EventStore,
    private readonly options: {
      /** Allow webhooks to loopback, private and link-local addresses (REDRESS_WEBHOOK_ALLOW_PRIVATE). */
      readonly allowPrivateWebhooks?: boolean;
    } = {},
  ) {}

  /** The read this turn's callers of `findShared` wait for, made once they have all asked. */
  private shared?: Promise<void>;

  /**
   * `find` for the command path, where every command naming a handler asks and the read costs
   * far more than the lookup (on SQLite each read statement takes the file's shared lock): the
   * callers of one turn of the event loop share one read, made after the last of them asked, so
   * none misses a change made before it asked. It costs a turn of the loop, so code that looks
   * people up one after another uses `find`.
   */
  async findShared(id: string): Promise<DirectoryUser | undefined> {
    this.shared ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        this.shared = undefined;
        this.refresh().then(resolve, reject);
      }),
    );
    await this.shared;
    return this.users.get(id);
  }

  /** Folds the events appended since the last read. */
  async refresh(): Promise<void> {
    const recorded = await this.store.readStream(USER_DIRECTORY_STREAM, {
      fromRevision: this.revision + 1n,
    });
    for (const r of recorded) {
      // Two reads in flight at once (a remote store) may return the same events: fold each once.
      if (r.revision <= this.revision) continue;
      foldDirectory(this.users, { type: r.type, data: r.data } as DirectoryEvent);
      this.revision = r.revision;
    }
  }

  async list(): Promise<DirectoryUser[]> {
    await this.refresh();
    return [...this.users.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async find(id: string): Promise<DirectoryUser | undefined> {
    await this.refresh();
    return this.users.get(id);
  }

  /** Whether anyone has been added: handler ids are checked against the directory only then. */
  async inUse(): Promise<boolean> {
    await this.refresh();
    return this.users.size > 0;
  }

  /** Adds a user with a generated one-time password, which is returned once and never stored. */
  async add(
    user: { id: string; name: string; role: Role; team?: string },
    by: Actor = SYSTEM,
  ): Promise<{ user: DirectoryUser; password: string }> {
    if (!USER_ID.test(user.id))
      throw new DirectoryError(
        'INVALID_USER_ID',
        'A user name is 2 to 64 lower-case letters, digits, dots, hyphens or underscores',
      );
    if (!isRole(user.role))
      throw new DirectoryError(
        'INVALID_ROLE',
        'The role must be officer, manager, auditor, governance or admin',
      );
    const name = user.name.trim();
    if (name.length < 1 || name.length > 200)
      throw new DirectoryError('INVALID_NAME', 'Give the person’s name (up to 200 characters)');
    const password = randomBytes(12).toString('base64url');
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    await this.append(
      () => {
        if (this.users.has(user.id))
          throw new DirectoryError('USER_EXISTS', `There is already a user called ${user.id}`);
      },
      {
        type: 'UserAdded',
        data: {
          userId: user.id,
          name,
          role: user.role,
          ...(user.team ? { team: user.team.trim() } : {}),
          passwordHash,
          mustChangePassword: true,
        },
      },
      by,
    );
    return { user: this.users.get(user.id)!, password };
  }

  /** The first start: with nobody in the directory, an admin with a one-time password. */
  async ensureFirstAdmin(): Promise<{ id: string; password: string } | undefined> {
    if (await this.inUse()) return undefined;
    try {
      const { user, password } = await this.add({
        id: 'admin',
        name: 'Administrator',
        role: 'admin',
      });
      return { id: user.id, password };
    } catch (error) {
      // Another process started at the same moment and made it: nothing to print here.
      if (error instanceof DirectoryError && error.code === 'USER_EXISTS') return undefined;
      throw error;
    }
  }

  /** The user when the password is theirs and they are not disabled. */
  async verify(id: string, password: string): Promise<DirectoryUser | undefined> {
    const user = await this.find(id);
    if (!user || user.disabled) {
      this.decoy ??= argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });
      await argon2.verify(await this.decoy, password).catch(() => false);
      return undefined;
    }
    return (await argon2.verify(user.passwordHash, password)) ? user : undefined;
  }

  async changePassword(id: string, password: string, by: Actor = SYSTEM): Promise<void> {
    if (password.length < MIN_PASSWORD_LENGTH)
      throw new DirectoryError(
        'WEAK_PASSWORD',
        `A password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      );
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    await this.append(
      () => this.existing(id),
      { type: 'PasswordChanged', data: { userId: id, passwordHash, mustChangePassword: false } },
      by,
    );
  }

  async disable(id: string, by: Actor = SYSTEM): Promise<void> {
    await this.append(() => this.existing(id), { type: 'UserDisabled', data: { userId: id } }, by);
  }

  /**
   * Where a person is sent alerts. A channel switched on needs its address; a webhook must be
   * an http(s) URL (https outside a private network is the landlord's choice, not checked here)
   * to a public address, unless private destinations are allowed.
   */
  async setAlertChannels(id: string, channels: AlertChannels, by: Actor = SYSTEM): Promise<void> {
    const email = channels.email?.trim() || null;
    const webhookUrl = channels.webhookUrl?.trim() || null;
    if (email !== null && (email.length > 254 || !EMAIL.test(email)))
      throw new DirectoryError('INVALID_CHANNEL', `"${email}" is not an email address`);
    if (webhookUrl !== null && !isHttpUrl(webhookUrl))
      throw new DirectoryError('INVALID_CHANNEL', `"${webhookUrl}" is not an http(s) URL`);
    const privateProblem =
      webhookUrl !== null && !this.options.allowPrivateWebhooks
        ? privateDestinationProblem(new URL(webhookUrl))
        : undefined;
    if (privateProblem) throw new DirectoryError('INVALID_CHANNEL', privateProblem);
    if (channels.emailOn && email === null)
      throw new DirectoryError(
        'INVALID_CHANNEL',
        'Give an email address to switch email alerts on',
      );
    if (channels.webhookOn && webhookUrl === null)
      throw new DirectoryError('INVALID_CHANNEL', 'Give a webhook URL to switch webhook alerts on');
    await this.append(
      () => this.existing(id),
      {
        type: 'AlertChannelsSet',
        data: {
          userId: id,
          email,
          emailOn: channels.emailOn,
          webhookUrl,
          webhookOn: channels.webhookOn,
        },
      },
      by,
    );
  }

  /** Names the person's manager (told of their amber and missed work too), or none. */
  async setManager(id: string, managerId: string | null, by: Actor = SYSTEM): Promise<void> {
    await this.append(
      () => {
        this.existing(id);
        if (managerId === null) return;
        if (managerId === id)
          throw new DirectoryError('INVALID_MANAGER', 'A person cannot be their own manager');
        if (!this.users.has(managerId))
          throw new DirectoryError('INVALID_MANAGER', `There is no user called ${managerId}`);
      },
      { type: 'ManagerSet', data: { userId: id, managerId } },
      by,
    );
  }

  /**
   * What the identity provider says about a person at sign-in, made true here: their name and
   * role as the provider now gives them (so handler pickers and the API's handler check see
   * the change), no role meaning no access. Answers whether they may sign in. A person an
   * administrator disabled stays disabled whatever the provider says.
   */
  async syncFromProvider(id: string, name: string, role: Role | undefined): Promise<boolean> {
    const known = await this.find(id);
    if (!known) return false;
    name = name.trim().slice(0, 200) || known.name;
    const by = { id, role: role ?? known.role };
    if (known.disabled && known.disabledBy !== 'IDENTITY_PROVIDER') return false;
    if (!role) {
      if (!known.disabled)
        await this.append(
          () => this.existing(id),
          { type: 'UserDisabled', data: { userId: id, by: 'IDENTITY_PROVIDER' } },
          SYSTEM,
        );
      return false;
    }
    if (known.disabled)
      await this.append(() => this.existing(id), { type: 'UserEnabled', data: { userId: id } }, by);
    if (known.name !== name || known.role !== role)
      await this.append(
        () => this.existing(id),
        { type: 'UserDetailsChanged', data: { userId: id, name, role } },
        by,
      );
    return true;
  }

  private existing(id: string): DirectoryUser {
    const user = this.users.get(id);
    if (!user) throw new DirectoryError('USER_NOT_FOUND', `There is no user called ${id}`);
    return user;
  }

  /** Checks against the latest directory, appends at its revision, and checks again on a race. */
  private async append(check: () => void, event: DirectoryEvent, by: Actor): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.refresh();
      check();
      const expected = this.revision;
      try {
        await appendChained(
          this.store,
          USER_DIRECTORY_STREAM,
          (revision) => {
            if (revision !== expected + 1n)
              throw new ConcurrencyError(USER_DIRECTORY_STREAM, expected, revision - 1n);
            return event;
          },
          by,
          { maxAttempts: 1 },
        );
        await this.refresh();
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= 20) throw error;
      }
    }
  }
}

function isHttpUrl(value: string): boolean {
  if (value.length > 2000 || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}
