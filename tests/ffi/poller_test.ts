import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  NETLINK_USERSOCK,
  NetlinkSocket,
  SocketBusyError,
  SocketClosedError,
  SyscallError,
} from "../../mod.ts";
import { libc } from "../../src/ffi/libc.ts";
import { run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

const open = () => NetlinkSocket.open(NETLINK_USERSOCK);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one small datagram from `from` to `to`. */
function send(from: NetlinkSocket, to: NetlinkSocket): void {
  const w = from.writer.reset();
  w.begin(0x20);
  w.end();
  from.send(w, to.portId);
}

/** What `promise` settles with, or `late` when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number, late: string): Promise<T | string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<string>((resolve) => timer = setTimeout(() => resolve(late), ms));
  try {
    return await Promise.race([promise, bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a script of this directory under the current runtime, through bash (for `ulimit`). */
function runScript(
  script: string,
  options: { ulimit: string; args?: string[]; timeoutMs?: number },
) {
  const cmd = runtimeCommand(new URL(script, import.meta.url));
  return spawnSync(
    "bash",
    ["-c", `${options.ulimit} && exec "$@"`, "bash", ...cmd, ...(options.args ?? [])],
    { encoding: "utf8", timeout: options.timeoutMs ?? 60_000 },
  );
}

/** Why 1,000 sockets cannot be opened here, or `undefined`. */
function fewDescriptors(needed: number): string | undefined {
  const hard = run("bash", ["-c", "ulimit -H -n"]).trim();
  if (hard === "unlimited" || Number(hard) >= needed) return undefined;
  return `needs ${needed} descriptors, and the hard limit (ulimit -H -n) is ${hard}`;
}

const MANY = "poller: 1,000 sockets wait at once; datagrams to the last and a middle one " +
  "wake exactly those, for at most 2 more threads";
test(MANY, skipUnless(MANY, fewDescriptors(1100)), () => {
  // The soft limit may be 1024: raise it to the hard limit for the child.
  const r = runScript("./_many_waits.ts", {
    ulimit: 'ulimit -S -n "$(ulimit -H -n)"',
    args: ["1000"],
  });
  assert.equal(r.signal, null, `killed: it did not exit by itself\n${r.stderr}`);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout.trim().split("\n").pop()!);
  assert.deepEqual(report.woke, [500, 999], r.stdout);
  assert.ok(report.wakeMs < 5000, `woke after ${report.wakeMs} ms`);
  assert.deepEqual(report.outcomes, { received: 2, closed: 998 });
  const extra = report.waiting.threads - report.idle.threads;
  assert.ok(extra <= 2, `1,000 waits cost ${extra} threads: ${r.stdout}`);
  assert.ok(report.afterWake.threads - report.idle.threads <= 2, r.stdout);
});

test("poller: with 64 sockets waiting, the last one wakes (Deno's blocking pool has 32 threads)", async () => {
  using sender = open();
  const sockets = Array.from({ length: 64 }, open);
  try {
    const ends = sockets.map((sock) =>
      sock.receiveAsync({ timeout: 30_000 }).then(
        () => "received",
        (err: unknown) => err instanceof SocketClosedError ? "closed" : String(err),
      )
    );
    await sleep(100);
    send(sender, sockets[63]!);
    assert.equal(await within(ends[63]!, 5000, "not woken within 5 s"), "received");
    send(sender, sockets[0]!);
    assert.equal(await within(ends[0]!, 5000, "not woken within 5 s"), "received");
    for (const sock of sockets) sock.close();
    const outcomes = await Promise.all(ends);
    assert.equal(outcomes.filter((o) => o === "closed").length, 62);
  } finally {
    for (const sock of sockets) sock.close();
  }
});

test("poller: wake() and a timeout end one wait each while the others keep waiting", async () => {
  using sender = open();
  using a = open();
  using b = open();
  using c = open();
  const [wa, wb, wc] = [a, b, c].map((s) => libc().waiter(s.fd));
  try {
    const started = performance.now();
    const pa = wa!.wait(100);
    const pb = wb!.wait(-1);
    const pc = wc!.wait(10_000);
    setTimeout(() => wb!.wake(), 30);
    assert.equal(await pb, false);
    assert.equal(await pa, false);
    assert.ok(performance.now() - started >= 90, "the 100 ms timeout ended early");
    assert.equal(await within(pc, 100, "waiting"), "waiting");
    send(sender, c);
    assert.equal(await within(pc, 5000, "not woken"), true);
    // The woken and timed-out waiters wait again, on the same poller.
    const again = wa!.wait(5000);
    send(sender, a);
    assert.equal(await again, true);
  } finally {
    for (const w of [wa, wb, wc]) w!.close();
  }
});

test("poller: waits with different timeouts each end at their own deadline; a far one does not end early", async () => {
  const sockets = [open(), open(), open(), open()];
  const waiters = sockets.map((s) => libc().waiter(s.fd));
  try {
    const started = performance.now();
    const ended: [number, number][] = [];
    const timed = [150, 50, 100].map((ms, i) =>
      waiters[i]!.wait(ms).then((ready) => {
        assert.equal(ready, false);
        ended.push([ms, performance.now() - started]);
      })
    );
    const far = waiters[3]!.wait(2 ** 32); // beyond setTimeout's 2^31 - 1 ms
    await Promise.all(timed);
    assert.deepEqual(ended.map(([ms]) => ms), [50, 100, 150]);
    for (const [ms, after] of ended) assert.ok(after >= ms - 1, `${ms} ms ended at ${after}`);
    assert.equal(await within(far, 50, "waiting"), "waiting");
    waiters[3]!.wake();
    assert.equal(await far, false);
  } finally {
    for (const w of waiters) w.close();
    for (const s of sockets) s.close();
  }
});

test("poller: a wait on a socket that is already readable resolves true; wait(0) only checks", async () => {
  using sender = open();
  using a = open();
  const w = libc().waiter(a.fd);
  try {
    assert.equal(await w.wait(0), false);
    send(sender, a);
    assert.equal(await w.wait(0), true);
    assert.equal(await within(w.wait(10_000), 2000, "not woken"), true);
    assert.equal(await within(w.wait(-1), 2000, "not woken"), true);
    a.tryReceive();
    assert.equal(await w.wait(0), false);
    assert.equal(await w.wait(20), false);
  } finally {
    w.close();
  }
});

test("poller: close() ends a pending wait, and later waits resolve false at once", async () => {
  using a = open();
  const w = libc().waiter(a.fd);
  const pending = w.wait(-1);
  w.close();
  assert.equal(await pending, false);
  assert.equal(await w.wait(-1), false);
  w.close(); // idempotent
});

test("poller: a socket closed while its datagram is being reported does not wake the socket that reuses its descriptor number", async () => {
  using sender = open();
  const a = open();
  const fd = a.fd;
  const wa = libc().waiter(fd);
  const pa = wa.wait(10_000);
  await sleep(20); // the off-thread call is waiting
  send(sender, a);
  // Block the main thread: the off-thread call reports `a` readable now, and
  // the report waits in the event loop while `a` closes and `b` takes its number.
  const until = Date.now() + 30;
  while (Date.now() < until) { /* spin */ }
  wa.close();
  a.close();
  using b = open();
  assert.equal(b.fd, fd, "the new socket did not reuse the descriptor number");
  const wb = libc().waiter(b.fd);
  try {
    const started = performance.now();
    assert.equal(await wb.wait(300), false, "woken by the closed socket's datagram");
    assert.ok(performance.now() - started >= 250);
    assert.equal(await pa, false);
    const pb = wb.wait(5000);
    send(sender, b);
    assert.equal(await pb, true);
  } finally {
    wb.close();
  }
});

test("poller: a descriptor closed before its waiter leaves the socket that reuses its number working", async () => {
  using sender = open();
  const a = open();
  const fd = a.fd;
  const wa = libc().waiter(fd);
  const pa = wa.wait(10_000);
  a.close(); // without wa.close(): the kernel drops the registration
  using b = open();
  assert.equal(b.fd, fd, "the new socket did not reuse the descriptor number");
  const wb = libc().waiter(b.fd);
  try {
    const pb = wb.wait(5000);
    assert.equal(await within(pa, 1000, "still waiting"), false, "the orphaned wait did not end");
    // Closing the stale waiter now must not take `b` out of the epoll set.
    wa.close();
    send(sender, b);
    assert.equal(await within(pb, 2000, "not woken"), true);
    b.tryReceive();
    const again = wb.wait(5000);
    send(sender, b);
    assert.equal(await within(again, 2000, "not woken"), true);
  } finally {
    wb.close();
  }
});

test("poller: epoll_ctl failures are SyscallErrors naming the call; a second concurrent wait is SocketBusyError", async () => {
  const gone = open();
  const fd = gone.fd;
  gone.close();
  const w = libc().waiter(fd);
  await assert.rejects(w.wait(1000), (err: unknown) => {
    assert.ok(err instanceof SyscallError);
    assert.equal(err.syscall, "epoll_ctl");
    assert.equal(err.code, "EBADF");
    assert.match(err.message, /epoll_ctl\(\) failed: EBADF.*descriptor/);
    return true;
  });
  w.close();
  using a = open();
  const wa = libc().waiter(a.fd);
  const first = wa.wait(-1);
  await assert.rejects(wa.wait(-1), SocketBusyError);
  wa.close();
  assert.equal(await first, false);
});

test("poller: epoll_create1 and eventfd failures are SyscallErrors naming the call", () => {
  const r = runScript("./_poller_no_fds.ts", { ulimit: "ulimit -n 256" });
  assert.equal(r.signal, null, `killed: it did not exit by itself\n${r.stderr}`);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim().split("\n").pop()!), {
    exhausted: "socket EMFILE",
    attempts: ["epoll_create1 EMFILE", "eventfd EMFILE", "created"],
    woke: true,
  });
});

test("poller: once the last wait is woken, the process exits by itself (sockets still open)", () => {
  const started = Date.now();
  const r = runScript("./_idle_exits.ts", { ulimit: "true", timeoutMs: 15_000 });
  assert.equal(r.signal, null, `killed after ${Date.now() - started} ms: it did not exit`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), "AbortError AbortError AbortError");
});
