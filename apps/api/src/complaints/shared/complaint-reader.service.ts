import { Inject, Injectable } from '@nestjs/common';
import { ComplaintError } from '@redress/complaints';
import { readComplaint, type LoadedComplaint } from '@redress/complaint-stream';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';

export type { LoadedComplaint };

/** Reads a complaint's stream and folds it: the queries that need no projection. */
@Injectable()
export class ComplaintReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(id: string): Promise<LoadedComplaint> {
    const loaded = await readComplaint(this.store, id);
    if (!loaded) throw ComplaintError.notFound(id);
    return loaded;
  }
}
