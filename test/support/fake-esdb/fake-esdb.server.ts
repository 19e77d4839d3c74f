/**
 * A fake EventStoreDB: a gRPC server built on @grpc/grpc-js with the service definitions and
 * message classes generated inside @eventstore/db-client, so the real client library is what
 * talks to it. It holds everything in memory and speaks only the part of the protocol the
 * EventStoreDB adapter uses (architecture decision 4).
 *
 * Assumptions, each taken from the EventStoreDB documentation or from reading the v6 client:
 * - A single-node connection string (`esdb://host:port?tls=false`) makes the client call no
 *   Gossip; Gossip.Read is answered anyway (one alive leader: this server) for `esdb+discover`.
 * - Before its first append the client calls ServerFeatures.GetSupportedMethods and uses
 *   BatchAppend only if listed. By default the fake lists it (as servers since 21.10 do) and
 *   implements BatchAppend; with `serverFeatures: false` the service is absent, grpc-js answers
 *   UNIMPLEMENTED, and the client falls back to Append, as against an old server.
 * - Expected revisions: `any` always passes, `no_stream` needs the stream absent,
 *   `stream_exists` needs it present, an exact revision must equal the stream's last revision.
 *   A conflict is an ordinary response carrying the current revision or `no_stream` (Append) or
 *   a google.rpc.Status FAILED_PRECONDITION with a packed WrongExpectedVersion (BatchAppend).
 *   An empty append writes nothing and does not create the stream. Idempotent re-appends of the
 *   same event ids are not detected (the server would accept them as a no-op). Events without a
 *   `type` or `content-type` entry are refused with INVALID_ARGUMENT.
 * - Positions are opaque: each event gets commit = prepare = a growing offset (the previous one
 *   plus the record's size), first event at 0. Stream revisions start at 0.
 * - Stream reads include their start revision both ways; backwards from past the end starts at
 *   the last event. Reads of `$all` forwards include the event at their start position; backwards
 *   they do not, because the server takes a backward position as where a record ends (the
 *   server's all-reader documents positions as pre-positions forwards, post-positions backwards).
 *   Forwards from `end` or backwards from `start` yields nothing. A missing stream yields one
 *   `stream_not_found` message. A long read includes events appended while it runs.
 * - `count` limits the events sent; with a filter on a read of `$all` it counts matching ones.
 * - Filters: on the stream name or the event type, by prefixes (any may match) or, when no
 *   prefix is given, by a regex run as a JavaScript RegExp. Checkpoints are sent only on
 *   subscriptions, every `window x multiplier` scanned events (window = `max`, else 32); a
 *   checkpoint carries the position of the last event scanned.
 * - Subscriptions only to `$all` (stream subscriptions answer UNIMPLEMENTED). They are exclusive
 *   of their start position, send `confirmation` first, then the backlog, then (by default)
 *   `caught_up`, which the v6 client surfaces as a `caughtUp` event. With
 *   `caughtUpMessages: false` the fake acts like servers before 23.10: no `caught_up`, but a
 *   checkpoint (on filtered subscriptions) when the backlog is done, which clients of those
 *   versions used to detect going live. `fell_behind` is never sent: each subscription is paced
 *   by its own flow control instead.
 * - The fake writes no events of its own (no `$`-types, no `$`-streams, no stats, no
 *   projections), resolves no links, and ignores credentials, ACLs, deadlines and TLS.
 * - `dropConnections()` ends every open subscription call with UNAVAILABLE, as a broken link
 *   would; reads and appends in flight are left alone. `stop()` also force-closes the server.
 * - `created` goes out as .NET ticks since the Unix epoch, which is what the client decodes.
 */
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { SubscriptionRegistry } from './all-subscription.handler';
import { appendHandler } from './append.handler';
import { batchAppendHandler } from './batch-append.handler';
import { gossipHandler, supportedMethodsHandler } from './cluster.handler';
import { EventLogStore } from './event-log.store';
import { readHandler } from './read.handler';

const HOST = '127.0.0.1';

export interface FakeEsdbOptions {
  /** Answer ServerFeatures and implement BatchAppend, as servers since 21.10 do. Default true. */
  readonly serverFeatures?: boolean;
  /** Send `caught_up` on subscriptions, as servers since 23.10 do. Default true. */
  readonly caughtUpMessages?: boolean;
}

export interface FakeEsdb {
  /** A connection string for EventStoreDBClient.connectionString. */
  readonly url: string;
  stop(): Promise<void>;
  /** Ends every open subscription call with UNAVAILABLE, as a dropped connection would. */
  dropConnections(): void;
}

export async function startFakeEsdb(options: FakeEsdbOptions = {}): Promise<FakeEsdb> {
  const serverFeatures = options.serverFeatures ?? true;
  const log = new EventLogStore();
  const registry = new SubscriptionRegistry();
  // The server accepts appends of up to 16 MB; the gRPC default limit would be 4 MB.
  const server = new Server({ 'grpc.max_receive_message_length': 17 * 1024 * 1024 });
  let port = 0;

  server.addService(StreamsService, {
    read: readHandler(log, registry, { caughtUpMessages: options.caughtUpMessages ?? true }),
    append: appendHandler(log),
    ...(serverFeatures ? { batchAppend: batchAppendHandler(log) } : {}),
  });
  if (serverFeatures) {
    server.addService(ServerFeaturesService, {
      getSupportedMethods: supportedMethodsHandler(true),
    });
  }
  server.addService(GossipService, { read: gossipHandler(() => ({ host: HOST, port })) });

  port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${HOST}:0`, ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );

  let stopped = false;
  return {
    url: `esdb://${HOST}:${port}?tls=false`,
    dropConnections: () => registry.dropAll('Connection dropped by the fake server'),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      registry.dropAll('The fake server is shutting down');
      server.forceShutdown();
    },
  };
}
