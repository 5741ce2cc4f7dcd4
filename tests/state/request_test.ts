/**
 * request() and requestAsync() over the fake connection: the ack rule,
 * answers, errors, timeouts, aborts, late answers, queueing, multicast and
 * overruns in the middle of a request. Deterministic, no kernel.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Errno,
  GENL_ID_CTRL,
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  IFINFOMSG_SIZE,
  KernelError,
  type Message,
  type MessageWriter,
  NETLINK_GENERIC,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  type NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  OverrunError,
  ReplyMismatchError,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  RTNLGRP_LINK,
  SocketBusyError,
  SocketClosedError,
  TimeoutError,
  TruncatedError,
} from "../../mod.ts";
import {
  ack,
  datagram,
  error,
  FakeConnection,
  type FakeRequest,
  notification,
  reply,
} from "../../testing.ts";

/** A RTM_GETLINK for `index` in the socket's writer. */
function getLink(sock: NetlinkSocket, index: number, flags = 0): MessageWriter {
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | flags);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
  return w;
}

/** A RTM_NEWLINK answer whose ifi_index echoes the request's. */
function linkReply(request: Message): Uint8Array {
  const index = request.view.getInt32(request.payloadOffset + 4, true);
  return reply(request, RTM_NEWLINK, (w) => {
    w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
  });
}

const indexOf = (m: Message) => m.view.getInt32(m.payloadOffset + 4, true);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("request: a GET round trip sends one message without NLM_F_ACK", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => linkReply(message));
  const answer = fake.socket.request(getLink(fake.socket, 7));
  assert.equal(answer.type, RTM_NEWLINK);
  assert.equal(indexOf(answer), 7);
  assert.equal(answer.pid, fake.socket.portId);
  assert.equal(fake.requests.length, 1);
  const sent = fake.requests[0].message;
  assert.equal(sent.flags, NLM_F_REQUEST, "no NLM_F_ACK on a GET");
  assert.equal(fake.queued, 0, "nothing left behind");
});

test("request: a change the kernel only applies gets NLM_F_ACK, and the ack is the answer", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined); // applied, no reply
  const w = fake.socket.writer.reset();
  w.begin(RTM_NEWADDR);
  w.reserve(IFADDRMSG_SIZE);
  w.putBytes(IFA_LOCAL, new Uint8Array([192, 0, 2, 1]));
  const answer = fake.socket.request();
  assert.equal(answer.type, NLMSG_ERROR);
  assert.equal(answer.view.getInt32(answer.payloadOffset, true), 0);
  assert.equal(fake.requests[0].message.flags, NLM_F_REQUEST | NLM_F_ACK);
});

test("request: `replies` decides for protocols nlrt cannot judge", () => {
  using fake = FakeConnection.open(NETLINK_GENERIC, ({ message }) => reply(message, GENL_ID_CTRL));
  const build = () => {
    const w = fake.socket.writer.reset();
    w.begin(GENL_ID_CTRL);
    w.reserve(4);
    return w;
  };
  assert.equal(fake.socket.request(build(), { replies: true }).type, GENL_ID_CTRL);
  assert.equal(fake.requests[0].message.flags, NLM_F_REQUEST);
  // Without it an ack is asked for; the reply comes first and its ack is skipped.
  assert.equal(fake.socket.request(build()).type, GENL_ID_CTRL);
  assert.equal(fake.requests[1].message.flags, NLM_F_REQUEST | NLM_F_ACK);
  assert.equal(fake.queued, 1, "the trailing ack waits...");
  assert.equal(fake.socket.request(build(), { replies: true }).type, GENL_ID_CTRL);
  assert.equal(fake.queued, 0, "...and was skipped");
});

test("request: a kernel error names the request and keeps the extended ack", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) =>
    error(message, Errno.EINVAL, {
      message: "missing address",
      offset: 24,
      missingType: IFA_LOCAL,
      missingNest: 16,
    }));
  const w = fake.socket.writer.reset();
  w.begin(RTM_NEWADDR);
  w.reserve(IFADDRMSG_SIZE);
  assert.throws(() => fake.socket.request(), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.equal(err.requestType, RTM_NEWADDR);
    assert.equal(err.requestName, "RTM_NEWADDR");
    assert.equal(err.extAckMessage, "missing address");
    assert.equal(err.extAckOffset, 24);
    assert.equal(err.missingType, IFA_LOCAL);
    assert.equal(err.missingNest, 16);
    assert.match(err.message, /^Kernel refused RTM_NEWADDR \(seq \d+\): EINVAL/);
    assert.match(err.message, /missing address/);
    assert.match(err.message, /attribute type 2 is missing from the nest at request offset 16/);
    return true;
  });
});

test("request: the kernel's port id 0 is accepted; another port id is ESRCH", () => {
  let pid = 0;
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => {
    const r = linkReply(message);
    new DataView(r.buffer).setUint32(12, pid, true);
    return r;
  });
  assert.equal(fake.socket.request(getLink(fake.socket, 1)).pid, 0);
  pid = fake.socket.portId + 1;
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), (err: unknown) => {
    assert.ok(err instanceof ReplyMismatchError);
    assert.equal(err.code, "ESRCH");
    assert.equal(err.expected, fake.socket.portId);
    assert.equal(err.got, pid);
    return true;
  });
});

test("request: a foreign sequence is EPROTO; the socket goes on", () => {
  let shift = 5;
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => {
    const r = linkReply(message);
    new DataView(r.buffer).setUint32(8, message.seq + shift, true);
    return r;
  });
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), (err: unknown) => {
    assert.ok(err instanceof ReplyMismatchError);
    assert.equal(err.code, "EPROTO");
    assert.equal(err.got, err.expected + 5);
    return true;
  });
  shift = 0;
  assert.equal(indexOf(fake.socket.request(getLink(fake.socket, 3))), 3);
});

test("request: multicast and notifications interleaved with the answer are skipped", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }, connection) => {
    // A notification carrying our own sequence and port id (as rtnetlink's
    // do for a change we caused) arrives on the group before the reply.
    connection.multicast(
      RTNLGRP_LINK,
      notification(RTM_NEWLINK, (w) => w.reserve(IFINFOMSG_SIZE), {
        seq: message.seq,
        pid: message.pid,
      }),
    );
    return linkReply(message);
  }, { groups: [RTNLGRP_LINK] });
  assert.deepEqual([...fake.groups], [RTNLGRP_LINK]);
  const answer = fake.socket.request(getLink(fake.socket, 9));
  assert.equal(indexOf(answer), 9);
  assert.equal(fake.socket.sourceGroups, 0, "the answer was unicast");
});

test("request: an overrun while waiting fails the request; its answer is skipped later", () => {
  let overrun = true;
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }, connection) => {
    if (overrun) connection.overrun();
    return linkReply(message);
  });
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), (err: unknown) => {
    assert.ok(err instanceof OverrunError);
    assert.equal(err.code, "ENOBUFS");
    assert.equal(err.count, 1);
    return true;
  });
  assert.equal(fake.socket.overruns, 1);
  overrun = false;
  assert.equal(indexOf(fake.socket.request(getLink(fake.socket, 2))), 2);
});

test("request: a datagram larger than the buffer is a TruncatedError; the socket goes on", () => {
  using fake = FakeConnection.open(
    NETLINK_ROUTE,
    ({ message }) =>
      indexOf(message) === 1
        ? reply(message, RTM_NEWLINK, (w) => w.putBytes(1, new Uint8Array(100)))
        : linkReply(message),
    { bufferSize: 64 },
  );
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), TruncatedError);
  assert.equal(indexOf(fake.socket.request(getLink(fake.socket, 2))), 2);
});

test("request: the socket's receiveTimeout bounds a blocking request", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined, { receiveTimeout: 30 });
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), TimeoutError);
  using silent = FakeConnection.open(NETLINK_ROUTE, () => undefined);
  assert.throws(
    () => silent.socket.request(getLink(silent.socket, 1)),
    /would wait forever/,
  );
});

test("requestAsync: a late answer arrives; the writer is free again at once", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, async ({ message }) => {
    await sleep(20);
    return linkReply(message);
  });
  const pending = fake.socket.requestAsync(getLink(fake.socket, 4), { timeout: 2000 });
  getLink(fake.socket, 5); // reusing the writer does not touch the request in flight
  assert.equal(indexOf(await pending), 4);
});

test("requestAsync: a timeout forgets the request; its late answer is skipped", async () => {
  let late: FakeRequest | undefined;
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => {
    if (indexOf(req.message) !== 1) return linkReply(req.message);
    late = req; // answered later, by hand
    return undefined;
  });
  const started = Date.now();
  await assert.rejects(
    fake.socket.requestAsync(getLink(fake.socket, 1), { timeout: 40 }),
    (err: unknown) => err instanceof TimeoutError && err.timeout === 40,
  );
  assert.ok(Date.now() - started < 1000);
  fake.deliver(linkReply(late!.message)); // too late
  const next = await fake.socket.requestAsync(getLink(fake.socket, 2), { timeout: 2000 });
  assert.equal(indexOf(next), 2);
});

test("requestAsync: an abort with any reason forgets the request; its late answer is skipped", async () => {
  let late: FakeRequest | undefined;
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => {
    if (indexOf(req.message) !== 1) return linkReply(req.message);
    late = req;
    return undefined;
  });
  const ac = new AbortController();
  const pending = fake.socket.requestAsync(getLink(fake.socket, 1), { signal: ac.signal });
  ac.abort(new Error("custom reason"));
  await assert.rejects(pending, /custom reason/);
  fake.deliver(linkReply(late!.message));
  assert.equal(indexOf(await fake.socket.requestAsync(getLink(fake.socket, 2))), 2);
  // An already aborted signal sends nothing.
  await assert.rejects(
    fake.socket.requestAsync(getLink(fake.socket, 3), { signal: AbortSignal.abort() }),
    (e: unknown) => e instanceof Error && e.name === "AbortError",
  );
  assert.equal(fake.requests.length, 2);
});

test("requestAsync: queued requests send their own bytes, in order", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, async ({ message }) => {
    await sleep(5);
    return linkReply(message);
  });
  const all = Promise.all(
    [11, 12, 13, 14].map((i) =>
      fake.socket.requestAsync(getLink(fake.socket, i), { timeout: 2000, parse: indexOf })
    ),
  );
  assert.deepEqual(await all, [11, 12, 13, 14]);
  assert.deepEqual(fake.requests.map((r) => indexOf(r.message)), [11, 12, 13, 14]);
  for (const r of fake.requests) assert.equal(r.bytes.length, 32, "a whole request, not empty");
});

test("requestAsync: each request's flags are its own (mixed acks)", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, async ({ message }) => {
    await sleep(5);
    return linkReply(message); // the fake acks those that asked, after the reply
  });
  const first = fake.socket.requestAsync(getLink(fake.socket, 1, NLM_F_ACK), { parse: indexOf });
  const second = fake.socket.requestAsync(getLink(fake.socket, 2), { parse: indexOf });
  const third = fake.socket.requestAsync(getLink(fake.socket, 3), { parse: indexOf });
  assert.deepEqual(await Promise.all([first, second, third]), [1, 2, 3]);
  assert.deepEqual(fake.requests.map((r) => r.message.flags & NLM_F_ACK), [NLM_F_ACK, 0, 0]);
});

test("requestAsync: a queued request honours its timeout and signal while waiting", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined); // GETs never answered
  const slow = assert.rejects(
    fake.socket.requestAsync(getLink(fake.socket, 1), { timeout: 2000 }),
    TimeoutError,
  );
  const started = Date.now();
  await assert.rejects(
    fake.socket.requestAsync(getLink(fake.socket, 2), { timeout: 50 }),
    (err: unknown) => err instanceof TimeoutError && /waiting its turn/.test(err.message),
  );
  const waited = Date.now() - started;
  assert.ok(waited >= 40 && waited < 1000, `failed after ${waited} ms, not about 50`);
  const ac = new AbortController();
  const aborted = fake.socket.requestAsync(getLink(fake.socket, 3), { signal: ac.signal });
  ac.abort(new Error("never mind"));
  await assert.rejects(aborted, /never mind/);
  assert.equal(fake.requests.length, 1, "the queued requests were never sent");
  fake.close();
  await slow.catch(() => {}); // closed rather than timed out
});

test("requestAsync: close() fails the request in flight and those queued", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined);
  const inFlight = fake.socket.requestAsync(getLink(fake.socket, 1));
  const queued = fake.socket.requestAsync(getLink(fake.socket, 2));
  fake.close();
  await assert.rejects(inFlight, SocketClosedError);
  await assert.rejects(queued, SocketClosedError);
  await assert.rejects(fake.socket.requestAsync(), SocketClosedError);
});

test("requestAsync: parse runs on the view; without it the answer is a copy", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => linkReply(message));
  const owned = await fake.socket.requestAsync(getLink(fake.socket, 6));
  assert.notEqual(owned.buffer.buffer, fake.socket.reader.buffer.buffer);
  const viaParse = await fake.socket.requestAsync(getLink(fake.socket, 7), {
    parse: (m) => {
      assert.equal(m.buffer.buffer, fake.socket.reader.buffer.buffer);
      return indexOf(m);
    },
  });
  assert.equal(viaParse, 7);
  assert.equal(indexOf(owned), 6);
});

test("requestAsync: a stream holds the socket; requests fail rather than wait forever", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => linkReply(message));
  const stream = fake.socket.messages();
  const first = stream.next(); // iteration starts: the stream holds the socket
  await assert.rejects(fake.socket.requestAsync(getLink(fake.socket, 1)), SocketBusyError);
  assert.throws(() => fake.socket.request(getLink(fake.socket, 1)), SocketBusyError);
  await stream.return!();
  fake.close();
  assert.deepEqual(await first, { done: true, value: undefined });
});

test("request: a user-space peer answers with its own port id", async () => {
  const peer = 0x2345;
  using fake = FakeConnection.open(NETLINK_USERSOCK, (req) => {
    assert.equal(req.to, peer);
    return datagram(reply(req.message, 0x31, (w) => w.putU32(1, 99)), ack(req.message));
  });
  const w = fake.socket.writer.reset();
  w.begin(0x30);
  const answer = await fake.socket.requestAsync(w, { to: peer, replies: true });
  assert.equal(answer.type, 0x31);
  assert.equal(fake.socket.sourcePortId, peer);
  // From a peer, nothing is auto-acked: replies decides it all.
  assert.equal(fake.requests[0].message.flags, NLM_F_REQUEST);
});
