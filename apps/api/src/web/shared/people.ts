import type { UserDirectory } from '@redress/users';

/** Names for ids, so pages say "Olivia Officer" rather than "olivia"; unknown ids as they are. */
export async function peopleNames(directory: UserDirectory): Promise<Record<string, string>> {
  return Object.fromEntries((await directory.list()).map((u) => [u.id, u.name]));
}

/** People who may be named as handlers or owners: active users in roles that work cases. */
export async function caseworkers(
  directory: UserDirectory,
): Promise<{ value: string; text: string }[]> {
  return (await directory.list())
    .filter((u) => !u.disabled && ['officer', 'manager', 'admin'].includes(u.role))
    .map((u) => ({ value: u.id, text: u.team ? `${u.name} (${u.team})` : u.name }));
}
