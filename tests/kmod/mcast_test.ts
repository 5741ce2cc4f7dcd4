/**
 * MCAST as the spec has it: privileged, numbered in order under
 * concurrency, counted exactly in TX_DROPS, and stopping cleanly when its
 * requester is killed. Concurrent and killed requesters are the C client
 * kmod/.build/tools/mcast; the unprivileged one is nlrt run as `nobody`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import {
  MessageWriter,
  NETLINK_BROADCAST_ERROR,
  type NetlinkSocket,
  NLM_F_REQUEST,
  OverrunError,
  SOL_NETLINK,
} from "../../mod.ts";
import { broadcast, openTestModule, stats } from "../../src/testmod/client.ts";
import { NLRT_TEST_GRP_EVENTS, NLRT_TEST_MSG_ECHO } from "../../src/families/nlrt-test.ts";
import { skipUnless } from "../_helpers.ts";
import { runtimeCommand, spawnScriptSync } from "../_runtime.ts";
import { moduleMissing } from "./_module.ts";

const TIMEOUT = 300_000;
const NOBODY = 65534;
const TOOLS = new URL("../../kmod/.build/tools/", import.meta.url).pathname;
const toolsMissing = moduleMissing ??
  (existsSync(`${TOOLS}mcast`) ? undefined : "the C tools are not built (make -C kmod tools)");
const setprivMissing = toolsMissing ??
  (process.getuid?.() !== 0
    ? "needs root to run a client as nobody"
    : spawnSync("setpriv", ["--version"]).status === 0
    ? undefined
    : "needs setpriv (Debian package util-linux)");

function t(name: string, why: string | undefined, fn: () => void | Promise<void>): void {
  test(name, { ...skipUnless(name, why), timeout: TIMEOUT }, fn);
}

/** Everything queued on `sock`: the seqs received, and how many overruns were reported. */
function drain(sock: NetlinkSocket): { seqs: number[]; overruns: number } {
  const seqs: number[] = [];
  let overruns = 0;
  for (;;) {
    try {
      const r = sock.tryReceive();
      if (r === null) return { seqs, overruns };
      for (const m of r) seqs.push(m.seq);
    } catch (err) {
      if (!(err instanceof OverrunError)) throw err;
      overruns++;
    }
  }
}

/** Runs the C mcast client; resolves with its exit code, signal and stderr. */
function mcastClient(args: string[]): {
  child: ReturnType<typeof spawn>;
  done: Promise<{ code: number | null; signal: string | null; stderr: string }>;
} {
  const child = spawn(`${TOOLS}mcast`, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

t(
  "mcast: an unprivileged process (nobody) is refused with EPERM and told why; echo still works",
  setprivMissing,
  () => {
    using sock = openTestModule({ receiveTimeout: 5000 });
    const before = stats(sock);
    const home = mkdtempSync("/tmp/nlrt-nobody-");
    try {
      chownSync(home, NOBODY, NOBODY);
      const asNobody = ["--reuid", `${NOBODY}`, "--regid", `${NOBODY}`, "--clear-groups", "--"];
      const env = { ...process.env, HOME: home, DENO_DIR: `${home}/deno` };
      const [cmd, ...args] = runtimeCommand(new URL("./_unprivileged.ts", import.meta.url));
      const ts = spawnScriptSync("setpriv", [...asNobody, cmd, ...args], {
        encoding: "utf8",
        env,
        timeout: 120_000,
      });
      assert.equal(ts.status, 0, ts.stderr);
      const got = JSON.parse(ts.stdout.trim().split("\n").at(-1)!);
      assert.deepEqual(got, {
        uid: NOBODY,
        code: "EPERM",
        message: "MCAST needs CAP_NET_ADMIN",
        echoed: [1, 2, 3],
      });
      // The C client alike.
      const c = spawnSync("setpriv", [...asNobody, `${TOOLS}mcast`, "-c", "1000"], {
        encoding: "utf8",
      });
      assert.equal(c.status, 1);
      assert.match(c.stderr, /EPERM: MCAST needs CAP_NET_ADMIN/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const after = stats(sock);
    assert.equal(after.mcast, before.mcast, "nothing was broadcast");
    assert.equal(after.errors - before.errors, 2n, "two refusals");
    // Root may.
    const root = spawnSync(`${TOOLS}mcast`, ["-c", "3"], { encoding: "utf8" });
    assert.equal(root.status, 0, root.stderr);
    assert.equal(stats(sock).mcast - after.mcast, 3n);
  },
);

t(
  "mcast: broadcasts of four concurrent requesters arrive in seq order, numbered without gaps",
  toolsMissing,
  async () => {
    using sub = openTestModule({
      groups: [NLRT_TEST_GRP_EVENTS],
      rcvbuf: 64 << 20,
      forceBufferSizes: true,
    });
    using ctl = openTestModule({ receiveTimeout: 5000 });
    const before = stats(ctl);
    const senders = 4, requests = 5, count = 400;
    const total = senders * requests * count;
    const clients = Array.from(
      { length: senders },
      () => mcastClient(["-c", `${count}`, "-r", `${requests}`, "-l", "16"]),
    );
    const seqs: number[] = [];
    for await (const m of sub.messages({ idleTimeout: 60_000 })) {
      seqs.push(m.seq);
      if (seqs.length === total) break;
    }
    for (const { done } of clients) {
      const r = await done;
      assert.equal(r.code, 0, r.stderr);
    }
    let outOfOrder = 0;
    let gaps = 0;
    for (let i = 1; i < seqs.length; i++) {
      if (seqs[i] <= seqs[i - 1]) outOfOrder++;
      else if (seqs[i] !== seqs[i - 1] + 1) gaps++;
    }
    assert.equal(outOfOrder, 0, `${outOfOrder} of ${total} broadcasts arrived out of order`);
    assert.equal(gaps, 0, "no broadcast was lost, so no seq is missing");
    // Broadcast n of the namespace has seq n: MCAST_MSGS is the last seq.
    assert.equal(seqs[0], Number(before.mcast) + 1);
    assert.equal(BigInt(seqs.at(-1)!), stats(ctl).mcast);
  },
);

t(
  "mcast: TX_DROPS counts the broadcasts a NETLINK_BROADCAST_ERROR subscriber missed, not others'",
  moduleMissing,
  () => {
    using ctl = openTestModule({ receiveTimeout: 10_000 });
    using told = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS], rcvbuf: 0 });
    told.setOption(SOL_NETLINK, NETLINK_BROADCAST_ERROR, 1);
    using silent = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS], rcvbuf: 0 });
    const before = stats(ctl);
    broadcast(ctl, new Uint8Array(512), 2000);
    const after = stats(ctl);
    const sent = after.mcast - before.mcast;
    assert.equal(sent, 2000n);
    const first = Number(before.mcast) + 1;
    const last = Number(after.mcast);
    const missedBy = (got: { seqs: number[]; overruns: number }, who: string) => {
      assert.ok(got.overruns > 0, `${who} was told of the overrun (ENOBUFS)`);
      for (let i = 0; i < got.seqs.length; i++) {
        const s = got.seqs[i];
        assert.ok(s >= first && s <= last, `${who}: seq ${s} is from this burst`);
        if (i > 0) assert.ok(s > got.seqs[i - 1], `${who}: in order`);
      }
      return 2000 - got.seqs.length;
    };
    const toldMissed = missedBy(drain(told), "told");
    const silentMissed = missedBy(drain(silent), "silent");
    assert.ok(toldMissed > 0 && silentMissed > 0, "both queues overflowed");
    assert.equal(
      after.drops - before.drops,
      BigInt(toldMissed),
      `TX_DROPS: the ${toldMissed} broadcasts the told subscriber missed`,
    );
  },
);

t(
  "mcast: TX_MSGS and TX_DROPS count the replies delivered and lost at a full requester",
  moduleMissing,
  () => {
    using ctl = openTestModule({ receiveTimeout: 5000 });
    using tiny = openTestModule({ rcvbuf: 0 });
    const before = stats(ctl);
    const w = new MessageWriter(64 * 300);
    for (let i = 0; i < 64; i++) {
      w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, 1 + i);
      w.append(new Uint8Array(256).fill(i));
      w.end();
    }
    tiny.send(w);
    const got = drain(tiny);
    const after = stats(ctl);
    assert.ok(got.overruns > 0 && got.seqs.length < 64, `${got.seqs.length} of 64 arrived`);
    // `before`'s own reply is counted after it was read.
    assert.equal(after.tx - before.tx - 1n, BigInt(got.seqs.length));
    assert.equal(after.drops - before.drops, BigInt(64 - got.seqs.length));
  },
);

t(
  "mcast: a killed requester stops its MCAST, keeps its count, and skips no seq",
  toolsMissing,
  async () => {
    using ctl = openTestModule({ receiveTimeout: 5000 });
    const before = stats(ctl);
    const { child, done } = mcastClient(["-c", `${1 << 20}`, "-l", "16"]);
    const deadline = Date.now() + 60_000;
    while (stats(ctl).mcast - before.mcast < 1000n) {
      assert.ok(Date.now() < deadline, "the broadcasts started");
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    const r = await done;
    assert.equal(r.signal, "SIGKILL");
    const killed = stats(ctl);
    const sent = killed.mcast - before.mcast;
    assert.ok(sent >= 1000n && sent < BigInt(1 << 20), `${sent} broadcasts before the kill`);
    await new Promise((r) => setTimeout(r, 200));
    const later = stats(ctl);
    assert.equal(later.mcast, killed.mcast, "nothing more was sent");
    assert.equal(later.errors, before.errors, "the unanswered EINTR is not an error");
    // The next broadcast is numbered right after the last one sent.
    using sub = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS], receiveTimeout: 5000 });
    broadcast(ctl, new Uint8Array([1]), 1);
    const m = sub.receive();
    assert.ok(m.advance());
    assert.equal(BigInt(m.seq), later.mcast + 1n);
  },
);
