/**
 * The batched round-trip loop: `batch` requests written back to back into
 * one datagram (one `sendmsg`), their answers drained with `recvmmsg`.
 *
 * @module
 */
import { MessageWriter, type NetlinkSocket } from "../mod.ts";
import { type Chunk, timed } from "./interleave.ts";

/**
 * A chunk that sends requests `batch` at a time and drains the answers.
 *
 * @param sock The socket (its `batchSize` sets datagrams per `recvmmsg`).
 * @param batch Requests per datagram.
 * @param writeOne Writes one request with sequence number `seq` (begin to end).
 * @returns The chunk; its operations are messages.
 */
export function batchedLoop(
  sock: NetlinkSocket,
  batch: number,
  writeOne: (w: MessageWriter, seq: number) => void,
): Chunk {
  const w = new MessageWriter(batch * 64 + 64);
  return timed((n) => {
    for (let done = 0; done < n; done += batch) {
      w.reset();
      for (let i = 0; i < batch; i++) writeOne(w, sock.nextSeq());
      sock.send(w);
      let got = 0;
      while (got < batch) for (const _ of sock.receiveMany()) got++;
    }
  });
}
