/**
 * The fake EventStoreDB used by the EventStoreDB adapter's tests. It is our own code, not a
 * server: every behaviour below is imitated from the source named beside it, and nothing else
 * is. "Client" is `@eventstore/db-client` 6.2.1 (the version Redress uses; the generated gRPC
 * code under `generated/` comes from the server's `protos/*.proto`, so the messages are the
 * server's own); "Docs" is developers.eventstore.com.
 *
 * | behaviour imitated                                                        | taken from |
 * | ------------------------------------------------------------------------- | ---------- |
 * | gRPC services Streams, ServerFeatures, Gossip with the server's messages   | Client `generated/streams_grpc_pb.js`, `serverfeatures_grpc_pb.js`, `gossip_grpc_pb.js` |
 * | BatchAppend used only when GetSupportedMethods lists it; else Append        | Client `dist/Client/ServerFeatures.js`, `dist/streams/appendToStream/index.js` |
 * | expected revision `any` / `no_stream` / `stream_exists` / exact             | Docs "Appending events" (expected revision); Client `dist/streams/appendToStream/append.js` |
 * | conflict as a WrongExpectedVersion response (Append) or a FAILED_PRECONDITION status with a packed WrongExpectedVersion (BatchAppend) | Client `dist/streams/appendToStream/append.js`, `batchAppend.js`, `unpackError.js` |
 * | BatchAppend chunks joined by correlation id, answered once `is_final`       | Client `dist/streams/appendToStream/batchAppend.js` |
 * | an event needs `type` and `content-type` metadata                          | Client `dist/streams/appendToStream/append.js` (what it sends) |
 * | stream revisions from 0; positions commit = prepare, growing                | Docs "Reading events" (positions); Client `dist/utils/convertGrpcEvent.js` |
 * | reading a stream both ways from a revision, `maxCount`, `stream_not_found`  | Docs "Reading events"; Client `dist/streams/readStream.js`, `dist/streams/utils/ReadStream.js` |
 * | reading `$all` forwards inclusive of its position, backwards exclusive      | Client `dist/streams/readAll.js`; server all-reader (pre-/post-positions) |
 * | server-side filters on stream name or event type, prefixes or regex         | Docs "Subscriptions" (server-side filtering); Client `dist/utils/filter.js` |
 * | checkpoints every `max x multiplier` scanned events on filtered subscriptions | Docs "Subscriptions" (checkpointing); Client `dist/utils/filter.js`, `dist/streams/subscribeToAll.js` (interval multiplier) |
 * | `$all` subscription: confirmation, backlog, `caught_up`, then live          | Client `dist/streams/subscribeToAll.js`, `dist/streams/utils/Subscription.js` (emits `caughtUp`) |
 * | no `caught_up` before 23.10 (option `caughtUpMessages: false`)             | Client CHANGELOG ("caught up and fell behind subscription message"); server 23.10 release notes |
 * | `created` as .NET ticks since the Unix epoch                               | Client `dist/utils/convertGrpcEvent.js` |
 * | Gossip.Read answered with one alive leader (for `esdb+discover`)            | Client `dist/Client/discovery.js`, `dist/Client/parseConnectionString.js` |
 * | dropped connections end subscription calls with UNAVAILABLE                 | grpc-js status codes; Client `dist/Client/index.js` (reconnects on UNAVAILABLE) |
 *
 * Known differences from a real server (the official client's own test suite, run against this
 * fake: 122 of 155 passed): `$all` holds no system (`$`) events; BatchAppend ignores the
 * per-append deadline; no maximum append size (a server refuses over 1 MiB); stopping ends calls
 * as UNAVAILABLE where a server's are CANCELLED; re-appending the same event ids writes them
 * again where a server treats the retry as a no-op. Stream subscriptions, links, projections,
 * tombstones, ACLs, credentials, TLS and persistent subscriptions are not imitated.
 *
 * The contract suite also runs against a real server: docs/event-store.md ("Against a real
 * EventStoreDB") with `ESDB_TEST_URL` and the compose file.
 */
export { startFakeEsdb, type FakeEsdb, type FakeEsdbOptions } from './fake-esdb.server';
