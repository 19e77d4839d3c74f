import { Inject, Injectable } from '@nestjs/common';
import { HazardError } from '@redress/hazards';
import { readHazardCase, type LoadedHazardCase } from '@redress/hazard-stream';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';

export type { LoadedHazardCase };

/** Reads a hazard case's stream and folds it: the queries that need no projection. */
@Injectable()
export class HazardReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(id: string): Promise<LoadedHazardCase> {
    const loaded = await readHazardCase(this.store, id);
    if (!loaded) throw new HazardError('HAZARD_NOT_FOUND', `Hazard case ${id} does not exist`);
    return loaded;
  }

  /** The cases a complaint links to; one missing (never expected) is left out, not invented. */
  async loadMany(ids: readonly string[]): Promise<LoadedHazardCase[]> {
    const loaded = await Promise.all(ids.map((id) => readHazardCase(this.store, id)));
    return loaded.filter((l): l is LoadedHazardCase => l !== undefined);
  }
}
