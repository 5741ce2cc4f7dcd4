/**
 * Multicast delivery: bursts published to a group, drained by `n`
 * subscribers, nlrt's asynchronous subscribers against C subscribers (and
 * against nlrt's synchronous path) in the same process.
 *
 * @module
 */
import type { NetlinkSocket } from "../mod.ts";
import { type Comparison, interleave, timed, timedAsync } from "./interleave.ts";

/** What a multicast comparison needs from its setting (the module, or USERSOCK). */
export interface MulticastSetting {
  /** Label of the publisher, e.g. `"module"`. */
  label: string;
  /** The group number. */
  group: number;
  /** Messages per burst. */
  burst: number;
  /** Opens one subscriber, joined to `group`, with a large receive queue. */
  subscribe(): NetlinkSocket;
  /** Publishes one burst and returns when it is queued (synchronous path). */
  publish(): void;
  /** Publishes one burst without blocking the event loop. */
  publishAsync(): Promise<void>;
  /** The C subscribers' loop: `n` deliveries to `subscribers`; returns ns. */
  c(subscribers: number, deliveries: number): number;
}

/**
 * Measures delivery to 1 and 4 subscribers.
 *
 * @param setting The publisher and its C twin.
 * @param rounds Interleaved rounds.
 * @param bursts Bursts per chunk.
 * @returns Two comparisons per subscriber count (against C and against sync).
 */
export async function multicastComparisons(
  setting: MulticastSetting,
  rounds: number,
  bursts: number,
): Promise<Comparison[]> {
  const results: Comparison[] = [];
  const { burst, group } = setting;
  for (const subscribers of [1, 4]) {
    const subs = Array.from({ length: subscribers }, () => setting.subscribe());
    const drainSync = () => {
      for (const s of subs) {
        let got = 0;
        while (got < burst) for (const _ of s.receiveMany()) got++;
      }
    };
    const drainAsync = async () => {
      for (const s of subs) {
        let got = 0;
        while (got < burst) for (const _ of await s.receiveManyAsync()) got++;
      }
    };
    // Every subscriber gets every broadcast: nlrt's leave the group while
    // the C subscribers run, or their queues overflow.
    const cLoop = (n: number) => {
      for (const s of subs) s.leave(group);
      const ns = setting.c(subscribers, n);
      for (const s of subs) s.join(group);
      return ns;
    };
    const syncLoop = timed((n) => {
      for (let done = 0; done < n; done += burst * subscribers) {
        setting.publish();
        drainSync();
      }
    });
    const asyncLoop = timedAsync(async (n) => {
      for (let done = 0; done < n; done += burst * subscribers) {
        await setting.publishAsync();
        await drainAsync();
      }
    });
    const chunk = burst * subscribers * bursts;
    const name = `${setting.label} multicast to ${subscribers} subscriber(s)`;
    results.push(
      await interleave(`${name}, async`, "delivery", cLoop, asyncLoop, {
        chunk,
        rounds,
        target: 0.9,
      }),
    );
    results.push(
      await interleave(`${name}, async vs sync`, "delivery", syncLoop, asyncLoop, {
        chunk,
        rounds,
        referenceName: "sync",
      }),
    );
    for (const s of subs) s.close();
  }
  return results;
}
