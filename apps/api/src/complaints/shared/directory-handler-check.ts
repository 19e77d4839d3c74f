import type { ComplaintCommand } from '@redress/complaints';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import type { UserDirectory } from '@redress/users';

const CASEWORK_ROLES = ['officer', 'manager', 'admin'];

/**
 * When Redress keeps a user directory, a handler must be someone in it who works cases and is
 * not disabled: CHC 6.13's independence test compares ids, so "olivia" and "Olivia" must not
 * both be allowed to stand for one person. Without a directory (tokens from an identity
 * provider only) handler ids are taken as given.
 */
export async function checkHandlerAgainstDirectory(
  command: ComplaintCommand,
  directory: UserDirectory | undefined,
): Promise<void> {
  if (!directory || !('handlerId' in command)) return;
  const user = await directory.findShared(command.handlerId);
  // Asked only for someone it does not know: one read of the directory on the usual path.
  if (!user && !(await directory.inUse())) return;
  if (!user || user.disabled || !CASEWORK_ROLES.includes(user.role)) {
    throw new ValidationFailedException([
      {
        field: 'handlerId',
        messages: [
          `handlerId must be the user name of an active officer, manager or admin in the user directory (got "${command.handlerId}")`,
        ],
      },
    ]);
  }
}
