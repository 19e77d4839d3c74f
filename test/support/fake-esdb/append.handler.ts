import { status, type handleClientStreamingCall } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, EventLogStore, ExpectedState, ProposedEvent } from './event-log.store';
import { decodeStreamName, parseUuid } from './read-response.mapper';

/** What Append and BatchAppend proposed messages have in common. */
type ProposedMessage = Pick<
  AppendReq.ProposedMessage,
  'getId' | 'getMetadataMap' | 'getData_asU8' | 'getCustomMetadata_asU8'
>;

/** The server refuses events without these two metadata entries; so does the fake. */
export function toProposedEvent(message: ProposedMessage): ProposedEvent | string {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  if (!type) return 'type';
  if (!contentType) return 'content-type';
  return {
    id: parseUuid(message.getId()),
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function missingMetadataError(property: string) {
  return {
    code: status.INVALID_ARGUMENT,
    details: `Required metadata property ${property} is missing`,
  };
}

function expectedState(options: AppendReq.Options): ExpectedState {
  if (options.hasRevision()) return BigInt(options.getRevision());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}

function appendResponse(outcome: AppendOutcome, expected: ExpectedState): AppendResp {
  if (outcome.ok) {
    const success = new AppendResp.Success();
    if (outcome.current === 'no_stream') success.setNoStream(new Empty());
    else success.setCurrentRevision(outcome.current.toString(10));
    if (outcome.position === undefined) success.setNoPosition(new Empty());
    else {
      const at = outcome.position.toString(10);
      success.setPosition(new AppendResp.Position().setCommitPosition(at).setPreparePosition(at));
    }
    return new AppendResp().setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(outcome.current.toString(10));
  if (typeof expected === 'bigint') wrong.setExpectedRevision(expected.toString(10));
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedAny(new Empty());
  return new AppendResp().setWrongExpectedVersion(wrong);
}

/**
 * Streams.Append: the first message carries the stream and expected revision, the rest one
 * proposed event each. Nothing is written until the client half-closes, so a cancelled append
 * writes nothing; then the whole batch is checked and written at once. A revision conflict is an
 * ordinary response (wrong_expected_version), not a gRPC error, as on the server.
 */
export function appendHandler(
  log: EventLogStore,
): handleClientStreamingCall<AppendReq, AppendResp> {
  return (call, callback) => {
    let header: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    let invalid: string | undefined;
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) header = request.getOptions();
      else if (request.hasProposedMessage()) {
        const event = toProposedEvent(request.getProposedMessage()!);
        if (typeof event === 'string') invalid ??= event;
        else proposed.push(event);
      }
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (!header) {
        callback({ code: status.INVALID_ARGUMENT, details: 'Append must start with its options' });
        return;
      }
      if (invalid) {
        callback(missingMetadataError(invalid));
        return;
      }
      const stream = decodeStreamName(header.getStreamIdentifier());
      const expected = expectedState(header);
      callback(null, appendResponse(log.append(stream, expected, proposed), expected));
    });
  };
}
