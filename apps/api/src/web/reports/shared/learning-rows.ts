import { nameOf } from '@redress/complaints';
import type { LearningLog } from '@redress/read-models';
import type { UserDirectory } from '@redress/users';
import type { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { peopleNames } from '../../shared/people';
import { complaintLinks } from './complaint-links';

/**
 * The learning log's entries as the pages show them (CHC 9.1–9.3): each complaint a link, its
 * category and root cause in words, each service improvement with its owner's name.
 */
export async function learningRows(
  log: LearningLog,
  references: ReferenceIndex,
  directory: UserDirectory,
) {
  const links = await complaintLinks(references, log.entries);
  const people = await peopleNames(directory);
  return {
    entries: log.entries.map((e) => ({
      ...e,
      ...links[e.complaintId]!,
      categoryName: nameOf(e.category),
      rootCauseName: nameOf(e.rootCause),
      actions: e.actions.map((a) => ({ ...a, ownerName: people[a.owner] ?? a.owner })),
    })),
    byCategory: countRows(log.byCategory),
    byRootCause: countRows(log.byRootCause),
  };
}

const countRows = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => ({ key, name: nameOf(key), count }));
