/**
 * @redress/users: the roles a person may hold and the local user directory (an event stream,
 * argon2id password hashes), shared by the api, its web workbench and the `users` CLI.
 */
export * from './roles';
export * from './directory-user';
export * from './user-directory';
export * from './webhook-destination';
