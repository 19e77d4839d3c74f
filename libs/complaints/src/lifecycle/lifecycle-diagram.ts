import type { AnyStateNode } from 'xstate';
import { complaintMachine } from './complaint.machine';

/**
 * Draws the lifecycle machine as a Mermaid state diagram, so the picture in the docs is the
 * definition itself. Nested state ids are prefixed with their parents because Mermaid needs
 * ids that are unique across composite states (both stages have `responded`).
 */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${idOf(initialChild(complaintMachine.root)!)}`];
  for (const child of children(complaintMachine.root)) lines.push(...drawState(child, '  '));
  for (const node of allNodes(complaintMachine.root)) {
    for (const [event, targetNode, guard] of movingTransitions(node)) {
      lines.push(`  ${idOf(node)} --> ${idOf(targetNode)}: ${event}${guard ? ` [${guard}]` : ''}`);
    }
  }
  return lines.join('\n');
}

/** Facts a state accepts without moving (extensions, reassignments, adjustments...). */
export function inStateFacts(): { state: string; events: string[] }[] {
  return allNodes(complaintMachine.root)
    .map((node) => ({
      state: node === complaintMachine.root ? '(any state once received)' : node.path.join('.'),
      events: [...node.transitions.entries()]
        .filter(([, ts]) => ts.every((t) => !t.target?.length))
        .map(([event]) => event),
    }))
    .filter((row) => row.events.length > 0);
}

function drawState(node: AnyStateNode, indent: string): string[] {
  const label = `${indent}state "${node.key}" as ${idOf(node)}`;
  const kids = children(node);
  if (kids.length === 0) return [label];
  return [
    `${indent}state ${idOf(node)} {`,
    `${indent}  [*] --> ${idOf(initialChild(node)!)}`,
    ...kids.flatMap((k) => drawState(k, `${indent}  `)),
    `${indent}}`,
  ];
}

function movingTransitions(node: AnyStateNode): [string, AnyStateNode, string | undefined][] {
  return [...node.transitions.entries()].flatMap(([event, ts]) =>
    ts.flatMap((t) =>
      (t.target ?? [])
        .filter((target: AnyStateNode) => target !== node)
        .map((target: AnyStateNode): [string, AnyStateNode, string | undefined] => [
          event,
          target,
          guardName(t.guard),
        ]),
    ),
  );
}

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  return (guard as { type?: string } | undefined)?.type;
}

function children(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...children(node).flatMap(allNodes)];
}

function initialChild(node: AnyStateNode): AnyStateNode | undefined {
  return node.initial?.target[0] as AnyStateNode | undefined;
}

function idOf(node: AnyStateNode): string {
  return node.path.join('_');
}
