// Never connect to private, loopback, link-local or otherwise non-public
// addresses unless the operator says so (--allow-private). The check runs on
// the addresses DNS actually returns, inside the connection's own lookup, so
// a public name that resolves to 10.0.0.1 (or is re-bound to it between two
// requests) is refused just like a literal 10.0.0.1; redirects go through the
// same lookup on every hop.
import dns from "node:dns";
import net from "node:net";

export class BlockedAddressError extends Error {
  readonly code = "EVNPRESS_BLOCKED";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${host} resolves to ${address} (${range}); vnpress does not connect to non-public addresses unless run with --allow-private`);
  }
}

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((n, o) => n * 256 + Number(o), 0);
}

const V4_RANGES: [string, number, string][] = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function v4Range(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const [base, bits, name] of V4_RANGES) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === ((v4ToInt(base) & mask) >>> 0)) return name;
  }
  return null;
}

/** Expand an IPv6 address to eight 16-bit groups. */
function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase().split("%")[0];
  // an embedded dotted quad (::ffff:1.2.3.4) becomes two groups
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = v4ToInt(dotted[1]);
    s = s.slice(0, -dotted[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.split("::");
  const h = head ? head.split(":") : [];
  const t = tail !== undefined ? (tail ? tail.split(":") : []) : [];
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  return [...h, ...Array(fill).fill("0"), ...t].map((g) => parseInt(g || "0", 16));
}

function v6Range(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.every((x) => x === 0)) return "unspecified";
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): judge the IPv4 inside
  const embedded = () => `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return v4Range(embedded());
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4Range(embedded());
  if ((g[0] & 0xfe00) === 0xfc00) return "unique local (private)";
  if ((g[0] & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0] & 0xffc0) === 0xfec0) return "site-local";
  if ((g[0] & 0xff00) === 0xff00) return "multicast";
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation";
  if (g[0] === 0x2002) return v4Range(`${g[1] >> 8}.${g[1] & 255}.${g[2] >> 8}.${g[2] & 255}`);
  return null;
}

/** The kind of non-public range an IP address is in, or null when it is a public address. */
export function nonPublicRange(ip: string): string | null {
  const v = net.isIP(ip);
  if (v === 4) return v4Range(ip);
  if (v === 6) return v6Range(ip);
  return "not an IP address";
}

export function isPublicAddress(ip: string): boolean {
  return nonPublicRange(ip) === null;
}

/** Check a host that is written as an IP literal (net.connect skips the lookup for those). */
export function checkLiteralHost(hostname: string, allowPrivate: boolean): void {
  const h = hostname.replace(/^\[|\]$/g, "");
  if (!net.isIP(h) || allowPrivate) return;
  const range = nonPublicRange(h);
  if (range) throw new BlockedAddressError(hostname, h, range);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect (and so for an undici Agent's `connect`
 * option) that resolves with the system resolver and refuses the connection
 * when any address returned is not public.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate) {
        for (const a of list) {
          const range = nonPublicRange(a.address);
          if (range) return callback(new BlockedAddressError(hostname, a.address, range) as unknown as NodeJS.ErrnoException, "", 0);
        }
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}
