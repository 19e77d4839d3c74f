import type { handleUnaryCall } from '@grpc/grpc-js';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import {
  SupportedMethod,
  SupportedMethods,
} from '@eventstore/db-client/generated/serverfeatures_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { randomUUID } from 'node:crypto';
import { uuidMessage } from './read-response.mapper';

/** What the fake claims to be; the client only logs it. */
export const FAKE_SERVER_VERSION = '23.10.0-fake';

const STREAMS = 'event_store.client.streams.Streams';

/**
 * ServerFeatures.GetSupportedMethods. The client asks once per connection before its first
 * append, and uses BatchAppend only if it is listed; a server without this service answers
 * UNIMPLEMENTED, which the client takes as "unknown old server" and falls back to Append.
 */
export function supportedMethodsHandler(
  batchAppend: boolean,
): handleUnaryCall<Empty, SupportedMethods> {
  const methods = ['Read', 'Append', ...(batchAppend ? ['BatchAppend'] : [])].map((name) =>
    new SupportedMethod().setServiceName(STREAMS).setMethodName(name),
  );
  return (_call, callback) => {
    callback(
      null,
      new SupportedMethods()
        .setMethodsList(methods)
        .setEventStoreServerVersion(FAKE_SERVER_VERSION),
    );
  };
}

/**
 * Gossip.Read, used only with `esdb+discover://` or several hosts in the connection string:
 * a one-node cluster whose leader is this server.
 */
export function gossipHandler(
  address: () => { host: string; port: number },
): handleUnaryCall<Empty, ClusterInfo> {
  const instanceId = randomUUID();
  return (_call, callback) => {
    const { host, port } = address();
    const member = new MemberInfo()
      .setInstanceId(uuidMessage(instanceId, false))
      .setTimeStamp((BigInt(Date.now()) * 10_000n).toString(10))
      .setState(MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new EndPoint().setAddress(host).setPort(port));
    callback(null, new ClusterInfo().setMembersList([member]));
  };
}
