import type { ServerDuplexStream, ServerWritableStream } from '@grpc/grpc-js';

type WritableCall<T> = ServerWritableStream<unknown, T> | ServerDuplexStream<unknown, T>;

/** True once the client cancelled the call or the call has otherwise finished. */
export function isGone(call: WritableCall<unknown>): boolean {
  return call.cancelled || call.destroyed || call.writableEnded;
}

/**
 * Writes one message and waits for the transport to take it when its buffer is full, so a slow
 * reader (or a 10,000-event read) never makes the fake buffer without bound. Resolves false
 * when the call has gone away, so loops can stop.
 */
export async function writeMessage<T>(call: WritableCall<T>, message: T): Promise<boolean> {
  return isGone(call) ? false : call.write(message) || drained(call);
}

/**
 * Waits for a full buffer to drain (true) or the call to go away (false). Loops that send many
 * messages call it only when `write` returned false: awaiting every write costs a tick each.
 */
export async function drained(call: WritableCall<unknown>): Promise<boolean> {
  await new Promise<void>((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('cancelled', done);
      call.off('close', done);
      call.off('error', done);
      resolve();
    };
    call.on('drain', done);
    call.on('cancelled', done);
    call.on('close', done);
    call.on('error', done);
  });
  return !isGone(call);
}
