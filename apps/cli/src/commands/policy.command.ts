import { PolicyRegistry } from '@redress/complaints';
import type { CliCommand } from '../cli-command';

/** Prints the Code policy new complaints are received under, so auditors can see the numbers. */
export const policyCommand: CliCommand = {
  name: 'policy',
  summary: 'Print the current Complaint Handling Code policy as JSON',
  run(_args, io) {
    io.out(JSON.stringify(PolicyRegistry.default().current(), null, 2));
    return 0;
  },
};
