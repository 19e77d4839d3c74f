/** Exit code for a usage error, as conventional for command-line tools. */
export const USAGE_ERROR = 2;
