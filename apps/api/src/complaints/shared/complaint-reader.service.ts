import { Inject, Injectable } from '@nestjs/common';
import {
  ComplaintError,
  fold,
  type ComplaintEvent,
  type ComplaintState,
} from '@redress/complaints';
import type { EventStore, RecordedEvent, StoredDomainEvent } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';
import { serializer } from './complaint-domain';
import { complaintStream } from './complaint-stream';

export interface LoadedComplaint {
  readonly state: ComplaintState;
  readonly revision: number;
  readonly stored: readonly StoredDomainEvent<ComplaintEvent>[];
}

/** Reads a complaint's stream and folds it: the queries that need no projection. */
@Injectable()
export class ComplaintReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(id: string): Promise<LoadedComplaint> {
    const recorded: RecordedEvent[] = await this.store.readStream(complaintStream(id));
    if (recorded.length === 0) throw ComplaintError.notFound(id);
    const stored = recorded.map((r) => serializer.deserialize<ComplaintEvent>(r));
    return { state: fold(stored.map((s) => s.event)), revision: recorded.length - 1, stored };
  }
}
