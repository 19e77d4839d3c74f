import type { handleBidiStreamingCall } from '@grpc/grpc-js';
import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  AllStreamPosition,
  WrongExpectedVersion,
  type UUID,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { isGone } from './call.writer';
import type { EventLogStore, ExpectedState, ProposedEvent } from './event-log.store';
import { toProposedEvent } from './append.handler';
import { decodeStreamName, parseUuid } from './read-response.mapper';

interface PendingBatch {
  readonly correlationId: UUID;
  options?: BatchAppendReq.Options;
  readonly events: ProposedEvent[];
  invalid?: string;
}

function expectedState(options: BatchAppendReq.Options): ExpectedState {
  if (options.hasStreamPosition()) return BigInt(options.getStreamPosition());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}

function setExpected(
  target: BatchAppendResp | WrongExpectedVersion,
  expected: ExpectedState,
): void {
  if (target instanceof WrongExpectedVersion) {
    if (typeof expected === 'bigint') target.setExpectedStreamPosition(expected.toString(10));
    else if (expected === 'no_stream') target.setExpectedNoStream(new Empty());
    else if (expected === 'stream_exists') target.setExpectedStreamExists(new Empty());
    else target.setExpectedAny(new Empty());
    return;
  }
  if (typeof expected === 'bigint') target.setStreamPosition(expected.toString(10));
  else if (expected === 'no_stream') target.setNoStream(new Empty());
  else if (expected === 'stream_exists') target.setStreamExists(new Empty());
  else target.setAny(new Empty());
}

function errorStatus(code: Code, message: string, details?: WrongExpectedVersion): Status {
  const status = new Status().setCode(code).setMessage(message);
  if (details) {
    // The client unpacks the Any by this type name to build WrongExpectedVersionError.
    const any = new Any();
    any.pack(details.serializeBinary(), 'event_store.client.WrongExpectedVersion');
    status.setDetails(any);
  }
  return status;
}

function complete(log: EventLogStore, batch: PendingBatch): BatchAppendResp {
  const options = batch.options;
  if (!options) {
    return new BatchAppendResp()
      .setCorrelationId(batch.correlationId)
      .setError(errorStatus(Code.INVALID_ARGUMENT, 'The first message of an append needs options'));
  }
  const stream = decodeStreamName(options.getStreamIdentifier());
  const expected = expectedState(options);
  const response = new BatchAppendResp()
    .setCorrelationId(batch.correlationId)
    .setStreamIdentifier(options.getStreamIdentifier());
  setExpected(response, expected);
  if (batch.invalid) {
    return response.setError(
      errorStatus(Code.INVALID_ARGUMENT, `Required metadata property ${batch.invalid} is missing`),
    );
  }
  const outcome = log.append(stream, expected, batch.events);
  if (!outcome.ok) {
    const wrong = new WrongExpectedVersion();
    if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty());
    else wrong.setCurrentStreamRevision(outcome.current.toString(10));
    setExpected(wrong, expected);
    return response.setError(
      errorStatus(Code.FAILED_PRECONDITION, 'Wrong expected version', wrong),
    );
  }
  const success = new BatchAppendResp.Success();
  if (outcome.current === 'no_stream') success.setNoStream(new Empty());
  else success.setCurrentRevision(outcome.current.toString(10));
  if (outcome.position === undefined) success.setNoPosition(new Empty());
  else {
    const at = outcome.position.toString(10);
    success.setPosition(new AllStreamPosition().setCommitPosition(at).setPreparePosition(at));
  }
  return response.setSuccess(success);
}

/**
 * Streams.BatchAppend, which the client uses instead of Append whenever the server lists it
 * among its supported methods: one long-lived two-way call per connection carrying many
 * appends, each named by a correlation id, its events split over messages until `is_final`.
 * Answers come back on the same call, one per append; conflicts are a google.rpc.Status with a
 * packed WrongExpectedVersion. The per-append deadline in the options is not enforced.
 */
export function batchAppendHandler(
  log: EventLogStore,
): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> {
  return (call) => {
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = request.getCorrelationId()!;
      const key = parseUuid(correlationId);
      const batch = pending.get(key) ?? { correlationId, events: [] };
      pending.set(key, batch);
      if (request.hasOptions()) batch.options = request.getOptions();
      for (const message of request.getProposedMessagesList()) {
        const event = toProposedEvent(message);
        if (typeof event === 'string') batch.invalid ??= event;
        else batch.events.push(event);
      }
      if (!request.getIsFinal()) return;
      pending.delete(key);
      // Answers are small and one per request, so they are written without waiting for drain.
      if (!isGone(call)) call.write(complete(log, batch));
    });
    call.on('error', () => undefined);
    call.on('end', () => call.end());
  };
}
