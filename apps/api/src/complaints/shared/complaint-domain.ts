import { decide, defaultCalendar, evolve, initialState, PolicyRegistry } from '@redress/complaints';
import { EventSerializer, UpcasterRegistry } from '@redress/event-store';

/** The domain pieces the api composes: one decider, one calendar, one policy registry. */
export const complaintDecider = { initialState, evolve, decide };
export const policies = PolicyRegistry.default();
export const calendar = defaultCalendar();
/** Complaint events are all at schema version 1; upcasters are registered here as they change. */
export const serializer = new EventSerializer(new UpcasterRegistry());
