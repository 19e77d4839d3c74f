import { inStateFacts, lifecycleMermaid } from './lifecycle-diagram';

/** The text of docs/complaint-lifecycle.md, generated from the machine (npm run docs:lifecycle). */
export function lifecycleDocument(): string {
  const facts = inStateFacts()
    .map((row) => `| ${row.state} | ${row.events.join(', ')} |`)
    .join('\n');
  return `# The complaint lifecycle

<!-- Generated from libs/complaints/src/lifecycle/complaint.machine.ts by \`npm run docs:lifecycle\`. Do not edit by hand: a test fails when this file is stale. -->

Each arrow is a stored event: a complaint's state is the fold of its events through the machine.
Guards in brackets check the event's stage or the number of open orders. Deadlines are not in
the machine: they are computed from the events (see \`libs/complaints/src/deadlines\`).

\`\`\`mermaid
${lifecycleMermaid()}
\`\`\`

## Facts recorded without changing state

| state | events |
|---|---|
${facts}
`;
}
