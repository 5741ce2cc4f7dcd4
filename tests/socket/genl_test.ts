import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CTRL_ATTR_FAMILY_ID,
  CTRL_ATTR_FAMILY_NAME,
  CTRL_CMD_GETFAMILY,
  GENL_HDRLEN,
  GENL_ID_CTRL,
  GenlClient,
  getFamily,
  KernelError,
  listFamilies,
  NETLINK_GENERIC,
  NetlinkSocket,
  NLM_F_DUMP,
  NLM_F_REQUEST,
} from "../../mod.ts";

test("genl: CTRL_CMD_GETFAMILY for nlctrl, spelled by hand", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  const w = sock.writer.reset();
  w.begin(GENL_ID_CTRL, NLM_F_REQUEST);
  w.view.setUint8(w.reserve(GENL_HDRLEN), CTRL_CMD_GETFAMILY);
  w.putString(CTRL_ATTR_FAMILY_NAME, "nlctrl");
  const reply = sock.request();
  assert.equal(reply.type, GENL_ID_CTRL);
  const attrs = reply.attributes(GENL_HDRLEN);
  assert.ok(attrs.find(CTRL_ATTR_FAMILY_ID));
  assert.equal(attrs.u16(), 0x10);
  assert.ok(attrs.find(CTRL_ATTR_FAMILY_NAME));
  assert.equal(attrs.string(), "nlctrl");
});

test("genl: getFamily resolves nlctrl with its notify group", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  const f = getFamily(sock, "nlctrl");
  assert.equal(f.id, 0x10);
  assert.equal(f.name, "nlctrl");
  assert.ok(f.version >= 1);
  assert.ok(f.groups.has("notify"), `groups: ${[...f.groups.keys()]}`);
  assert.ok((f.groups.get("notify") ?? 0) > 0);
});

test("genl: an unknown family is ENOENT", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  assert.throws(() => getFamily(sock, "nosuchfamily"), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "ENOENT");
    return true;
  });
});

test("genl: an over-long family name fails policy validation, with ext-ack offset", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  assert.throws(() => getFamily(sock, "a-name-longer-than-16"), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.match(err.extAckMessage ?? "", /policy/);
    assert.equal(err.extAckOffset, 20); // nlmsghdr (16) + genlmsghdr (4): the name attribute
    return true;
  });
});

test("genl: a dump lists every family with its groups", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  const families = listFamilies(sock);
  const names = families.map((f) => f.name);
  assert.ok(names.includes("nlctrl"), `families: ${names}`);
  assert.equal(new Set(families.map((f) => f.id)).size, families.length);
  const withGroups = families.filter((f) => f.groups.size > 0);
  assert.ok(withGroups.length >= 1);
  for (const f of families) assert.ok(f.id >= 0x10 && f.name.length > 0);
});

test("genl: GenlClient resolves a family, requests and dumps through it", async () => {
  using ctrl = GenlClient.open("nlctrl");
  assert.equal(ctrl.family.id, GENL_ID_CTRL);
  ctrl.begin(CTRL_CMD_GETFAMILY).putString(CTRL_ATTR_FAMILY_NAME, "nlctrl");
  const reply = ctrl.request();
  assert.equal(ctrl.command(reply), 1); // CTRL_CMD_NEWFAMILY
  const attrs = ctrl.attributes(reply);
  assert.ok(attrs.find(CTRL_ATTR_FAMILY_NAME));
  assert.equal(attrs.string(), "nlctrl");
  ctrl.begin(CTRL_CMD_GETFAMILY).putString(CTRL_ATTR_FAMILY_NAME, "nlctrl");
  assert.equal((await ctrl.requestAsync()).type, GENL_ID_CTRL);
  ctrl.begin(CTRL_CMD_GETFAMILY, NLM_F_REQUEST | NLM_F_DUMP);
  let count = 0;
  for await (const _ of ctrl.dump()) count++;
  assert.ok(count >= 1);
  ctrl.join("notify");
  assert.throws(() => ctrl.join("nope"), /has no multicast group "nope"; it has: notify/);
  assert.throws(() => GenlClient.open("nosuchfamily"), KernelError);
});
