import { decide, defaultCalendar, evolve, initialState, PolicyRegistry } from '@redress/complaints';
import { EventSerializer, UpcasterRegistry } from '@redress/event-store';

/** The domain pieces every app composes: one decider, one calendar, one policy registry. */
export const complaintDecider = { initialState, evolve, decide };
export const policies = PolicyRegistry.default();
export const calendar = defaultCalendar();
/**
 * Complaint events are all at schema version 1; upcasters are registered here as they change,
 * and only here, so officers, projections and auditors all read the same events (decision 2).
 */
export const upcasters = new UpcasterRegistry();
export const serializer = new EventSerializer(upcasters);
