/**
 * dump() over the fake connection: lazy start, multipart answers,
 * NLM_F_DUMP_INTR, errors at the end, overruns, timeouts and aborts
 * mid-dump, peers serving dumps, and the lock. Deterministic, no kernel.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DumpInterruptedError,
  Errno,
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  KernelError,
  type Message,
  type MessageWriter,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  type NetlinkSocket,
  NLM_F_DUMP,
  NLM_F_MULTI,
  NLM_F_REQUEST,
  NLMSG_OVERRUN,
  OverrunError,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  SocketBusyError,
  TimeoutError,
} from "../../mod.ts";
import {
  datagram,
  done,
  dump,
  error,
  FakeConnection,
  type FakeRequest,
  reply,
} from "../../testing.ts";

const names = ["lo", "eth0", "eth1", "eth2", "eth3"];
const entry = (name: string) => (w: MessageWriter) => {
  w.reserve(IFINFOMSG_SIZE);
  w.putString(IFLA_IFNAME, name);
};
const nameOf = (m: Message) => {
  const a = m.attributes(IFINFOMSG_SIZE);
  return a.find(IFLA_IFNAME) ? a.string() : "?";
};

/** A link dump request in the socket's writer (NLM_F_DUMP left to dump()). */
function linkDump(sock: NetlinkSocket): MessageWriter {
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  return w;
}

/** Answers dumps with `names`, two links per datagram; GETs with one link. */
function links(req: FakeRequest, options: { interrupted?: boolean } = {}) {
  const m = req.message;
  if ((m.flags & NLM_F_DUMP) !== NLM_F_DUMP) return reply(m, RTM_NEWLINK, entry("one"));
  return dump(m, RTM_NEWLINK, names.map(entry), { perDatagram: 2, ...options });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("dump: sends NLM_F_DUMP itself, when iteration starts, and reads every datagram", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  const d = fake.socket.dump(linkDump(fake.socket));
  assert.equal(fake.requests.length, 0, "nothing is sent before iteration");
  assert.deepEqual(Array.from(d, nameOf), names);
  const sent = fake.requests[0].message;
  assert.equal(sent.flags, NLM_F_REQUEST | NLM_F_DUMP, "no NLM_F_ACK on a dump");
  assert.equal(d.received, names.length);
  const asyncNames: string[] = [];
  for await (const m of fake.socket.dump(linkDump(fake.socket))) asyncNames.push(nameOf(m));
  assert.deepEqual(asyncNames, names);
  assert.equal(fake.queued, 0);
});

test("dump: the request is copied when the dump is created", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  const d = fake.socket.dump(linkDump(fake.socket));
  const w = fake.socket.writer.reset(); // reused before the dump starts
  w.begin(RTM_NEWADDR);
  assert.equal([...d].length, names.length);
  assert.equal(fake.requests[0].message.type, RTM_GETLINK);
});

test("dump: a dump created and dropped leaves the socket free and sends nothing", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  fake.socket.dump(linkDump(fake.socket));
  fake.socket.messages();
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  assert.equal(nameOf(fake.socket.request()), "one");
  assert.equal(fake.requests.length, 1);
});

test("dump: iterating holds the socket; breaking out drains the rest", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  for (const _ of fake.socket.dump(linkDump(fake.socket))) {
    assert.throws(() => fake.socket.request(), SocketBusyError);
    break;
  }
  assert.equal(fake.queued, 0, "drained");
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  assert.equal(nameOf(fake.socket.request()), "one");
});

test("dump: NLM_F_DUMP_INTR ends the dump with DumpInterruptedError, copies kept", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req, { interrupted: true }));
  assert.throws(() => [...fake.socket.dump(linkDump(fake.socket))], (err: unknown) => {
    assert.ok(err instanceof DumpInterruptedError);
    assert.equal(err.code, "EINTR");
    assert.equal(err.received, names.length);
    return true;
  });
  assert.throws(() => fake.socket.dumpAll(linkDump(fake.socket)), (err: unknown) => {
    assert.ok(err instanceof DumpInterruptedError);
    assert.equal(err.messages.length, names.length);
    return true;
  });
  assert.equal(fake.queued, 0);
});

test("dump: an error on NLMSG_DONE names the request; a refused dump too", () => {
  using fake = FakeConnection.open(
    NETLINK_ROUTE,
    ({ message }) =>
      message.type === RTM_GETLINK
        ? datagram(
          reply(message, RTM_NEWLINK, entry("lo"), NLM_F_MULTI),
          done(message, { errno: Errno.EINVAL, extAck: { message: "bad filter" } }),
        )
        : error(message, Errno.EOPNOTSUPP),
  );
  assert.throws(() => [...fake.socket.dump(linkDump(fake.socket))], (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.equal(err.requestType, RTM_GETLINK);
    assert.equal(err.requestName, "RTM_GETLINK");
    assert.equal(err.extAckMessage, "bad filter");
    return true;
  });
  const w = fake.socket.writer.reset();
  w.begin(0x5e); // RTM_GETSTATS
  assert.throws(() => [...fake.socket.dump(w)], (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EOPNOTSUPP");
    assert.equal(err.requestName, "RTM_GETSTATS");
    return true;
  });
});

test("dump: NLMSG_OVERRUN counts as the socket's overrun, like ENOBUFS", () => {
  let first = true;
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }, connection) => {
    if (first) connection.overrun(); // ENOBUFS first
    first = false;
    return datagram(reply(message, NLMSG_OVERRUN, undefined, NLM_F_MULTI), done(message));
  });
  assert.throws(() => fake.socket.request(linkDump(fake.socket)), OverrunError);
  assert.throws(() => [...fake.socket.dump(linkDump(fake.socket))], (err: unknown) => {
    assert.ok(err instanceof OverrunError);
    assert.equal(err.count, 2, "the socket's second overrun");
    return true;
  });
  assert.equal(fake.socket.overruns, 2);
});

test("dump: a dump that times out forgets its sequence; the rest is skipped later", async () => {
  let rest: Uint8Array[] = [];
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => {
    const all = links(req);
    if (!Array.isArray(all)) return all;
    rest = all.slice(1); // the rest never comes in time
    return all[0];
  });
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const m of fake.socket.dump(linkDump(fake.socket), { timeout: 40 })) {
      got.push(nameOf(m));
    }
  }, (err: unknown) => err instanceof TimeoutError && err.timeout === 40);
  assert.deepEqual(got, names.slice(0, 2));
  for (const d of rest) fake.deliver(d); // late
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  assert.equal(nameOf(fake.socket.request()), "one");
});

test("dump: an aborted dump ends at its next step and forgets its sequence", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  const ac = new AbortController();
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const m of fake.socket.dump(linkDump(fake.socket), { signal: ac.signal })) {
      got.push(nameOf(m));
      ac.abort(new Error("enough"));
    }
  }, /enough/);
  assert.deepEqual(got, ["lo"]);
  assert.ok(fake.queued > 0, "the rest is still queued");
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  assert.equal(nameOf(fake.socket.request()), "one", "and skipped by the next request");
});

test("dump: an asynchronous dump waits its turn behind a request", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, async (req) => {
    await sleep(10);
    return links(req);
  });
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK);
  w.reserve(IFINFOMSG_SIZE);
  const single = fake.socket.requestAsync(w, { parse: nameOf });
  const all: string[] = [];
  for await (const m of fake.socket.dump(linkDump(fake.socket))) all.push(nameOf(m));
  assert.equal(await single, "one");
  assert.deepEqual(all, names);
  assert.deepEqual(fake.requests.map((r) => r.message.flags & NLM_F_DUMP), [0, NLM_F_DUMP]);
});

test("dump: a user-space peer can serve a dump (to)", async () => {
  const peer = 0x3000;
  using fake = FakeConnection.open(NETLINK_USERSOCK, (req) => {
    assert.equal(req.to, peer);
    return dump(req.message, 0x31, [0, 1, 2].map((i) => (w) => w.putU32(1, i)));
  });
  const w = fake.socket.writer.reset();
  w.begin(0x30);
  const values: number[] = [];
  for await (const m of fake.socket.dump(w, { to: peer })) {
    const a = m.attributes();
    a.advance();
    values.push(a.u32());
  }
  assert.deepEqual(values, [0, 1, 2]);
  assert.equal(fake.socket.sourcePortId, peer);
});

test("dump: requests that cannot be dumped are refused before anything is sent", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, (req) => links(req));
  const w = fake.socket.writer.reset();
  w.begin(RTM_NEWLINK);
  assert.throws(() => fake.socket.dump(w), /needs an rtnetlink GET request; RTM_NEWLINK/);
  w.reset();
  w.begin(1); // NLMSG_NOOP
  assert.throws(() => fake.socket.dump(w), TypeError);
  w.reset();
  assert.throws(() => fake.socket.dump(w), RangeError);
  assert.equal(fake.requests.length, 0);
});
