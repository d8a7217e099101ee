// The short cuts the cleaner takes for speed give what the slow ways give:
// the page events of html-parse.ts against the DOM htmlparser2 builds (the one
// cheerio reads), furniture lines found through the pattern unions against
// the pattern-by-pattern search, and normalizeInline's fast path against the
// full normalisation.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { parseHtml, Utf8Page, type Attrs, type HtmlSource } from "../src/clean/html-parse.js";
import { BOILERPLATE_LINES } from "../src/clean/patterns.js";
import { boilerplateKind } from "../src/clean/text.js";
import { normalizeInline } from "../src/text/normalize.js";
import { decodeBytes } from "../src/text/decode.js";
import { ROOT } from "./helpers.js";

const KEPT: (keyof Attrs)[] = ["class", "id", "itemprop", "style", "hidden", "aria-hidden", "align", "href", "size", "datetime", "property", "name", "content", "rel", "type"];

/** The DOM cheerio reads (cheerio/slim: htmlparser2), written out: elements with the kept attributes, text nodes, other nodes. */
function fromDom(html: string): string {
  const doc = load(html).root()[0] as unknown as { children: AnyNode[] };
  let out = "";
  const walk = (n: { children: AnyNode[] }) => {
    for (const c of n.children) {
      if (c.type === "text") {
        const data = (c as unknown as { data: string }).data;
        if (data) out += `T${JSON.stringify(data)}`;
      } else if (c.type === "tag" || c.type === "script" || c.type === "style") {
        const el = c as Element;
        out += `<${el.name}`;
        for (const k of KEPT) if (el.attribs[k] !== undefined) out += ` ${k}=${JSON.stringify(el.attribs[k])}`;
        out += ">";
        walk(el);
        out += `</${el.name}>`;
      } else out += "C";
    }
  };
  walk(doc);
  return out;
}

/** The same, from the events; `wants`: whether the reader takes the text that comes now. */
function fromEvents(html: HtmlSource, wants: () => boolean = () => true): string {
  let out = "", text = "";
  const stack: string[] = [];
  const endText = () => {
    if (text) out += `T${JSON.stringify(text)}`;
    text = "";
  };
  parseHtml(html, {
    open(tag, a) {
      endText();
      out += `<${tag}`;
      for (const k of KEPT) if (a[k] !== undefined) out += ` ${k}=${JSON.stringify(a[k])}`;
      out += ">";
      stack.push(tag);
    },
    close() {
      endText();
      const tag = stack.pop();
      if (tag !== undefined) out += `</${tag}>`;
    },
    text(d) {
      text += d;
    },
    wantsText: wants,
    other() {
      endText();
      out += "C";
    },
  });
  endText();
  return out;
}

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => ((s = (s * 1103515245 + 12345) & 0x7fffffff) % n);
}

describe("page events", () => {
  const rnd = random(1);
  const pick = <T>(xs: T[]) => xs[rnd(xs.length)];
  const ENTS = ["&amp;", "&amp", "&lt;", "&gt", "&nbsp;", "&nbsp", "&#39;", "&#x27;", "&#x", "&", "&ampx", "&amp=", "&notin;", "&noti", "&copy", "&#0;", "&#128;", "&#x1F600;", "&AMP;", "&quot;"];
  const WORDS = ["Nghệ An", "tỉnh", " ", "  ", "\n\t", "<", "< b", "<3", ">", '"', "'", "=", "/", "Đ", "\u00a0", ";"];
  const TAGS = ["dİv", "\u212Abd", "p", "div", "span", "a", "b", "li", "ul", "td", "tr", "table", "h1", "title", "script", "style", "textarea", "xmp", "svg", "math", "br", "img", "meta", "head", "body", "select", "option", "input", "dd", "tbody", "form", "mi", "desc", "foreignObject", "TITLE", "Script", "P", "o:p"];
  const ATTRS = ["İd", "cla\u017Fs", "\u212Aey", "class", "id", "href", "style", "hidden", "aria-hidden", "itemprop", "content", "type", "src", "CLASS", "Href", "data-x"];
  const value = () => Array.from({ length: rnd(4) }, () => (rnd(3) ? pick(WORDS) : pick(ENTS))).join("");
  const gen = (depth: number): string => {
    let s = "";
    for (let i = 1 + rnd(8); i > 0; i--) {
      const r = rnd(20);
      if (r < 5) s += pick(WORDS);
      else if (r < 8) s += pick(ENTS);
      else if (r < 15 && depth < 6) {
        const t = pick(TAGS);
        let attrs = "";
        for (let k = rnd(3); k > 0; k--) {
          const q = pick(['"', "'", "", "none"]);
          const v = q === "" ? value().replace(/[\s>"'`=<]/g, "") || "v" : value().replaceAll(q, "");
          attrs += q === "none" ? ` ${pick(ATTRS)}` : ` ${pick(ATTRS)}=${q}${v}${q}`;
        }
        s += `<${t}${attrs}${rnd(10) ? "" : "/"}>${gen(depth + 1)}${rnd(5) ? `</${t}>` : ""}`;
      } else if (r < 17) s += pick(["<!-- c &amp; -->", "<![CDATA[x&amp;]]>", "<!DOCTYPE html>", "<?xml x?>", "</p>", "</br>", "</span>", "</ x>", "</div>", "</title>"]);
      else s += pick(WORDS) + pick(ENTS);
    }
    return s;
  };

  it("are the elements, attributes and text nodes of the DOM, on generated and cut-off pages", () => {
    for (let k = 0; k < 1500; k++) {
      const html = gen(0);
      for (const h of [html, html.slice(0, rnd(html.length + 1))]) {
        const dom = fromDom(h);
        expect(fromEvents(h), h).toBe(dom);
        // the same page as UTF-8 bytes, read in place
        expect(fromEvents(new Utf8Page(Buffer.from(h))), h).toBe(dom);
      }
    }
  });

  it("skip the text a reader does not want, and nothing else", () => {
    const strip = (s: string) => s.replace(/T"(?:[^"\\]|\\.)*"/g, "");
    for (let k = 0; k < 300; k++) {
      const h = gen(0);
      let calls = 0;
      // every other text event unwanted: the elements stay as they are
      const got = fromEvents(new Utf8Page(Buffer.from(h)), () => calls++ % 2 === 0);
      expect(strip(got), h).toBe(strip(fromDom(h)));
    }
  });

  it("are the DOM's on every evaluation page, whole and cut off", () => {
    const dir = join(ROOT, "fixtures", "html");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".html"))) {
      const html = decodeBytes(readFileSync(join(dir, f)), { html: true }).text;
      for (const h of [html, html.slice(0, rnd(html.length)), html.slice(0, rnd(html.length))]) {
        const dom = fromDom(h);
        expect(fromEvents(h), f).toBe(dom);
        expect(fromEvents(new Utf8Page(Buffer.from(h))), f).toBe(dom);
      }
    }
  });
});

describe("furniture lines through the pattern unions", () => {
  const slow = (t: string) => {
    if (!t) return "blank";
    if (t.length > 400) return null;
    for (const p of BOILERPLATE_LINES) if (p.re.test(t)) return p.name;
    return null;
  };
  it("find the pattern the table order finds", () => {
    const rnd = random(7);
    const PIECES = ["Lượt xem", ":", " ", "1.234", "Ghi rõ nguồn", "ghi nguồn", "Báo", "Nghệ An", "(20/01/2020)", "Tin tức", "»", "Trang chủ", ">", "Email", "Chia sẻ", "|", "Facebook", "Điện thoại", "©", "Copyright", "2020", "SỞ", "NGOẠI VỤ", "-", ".", "Đang có", "khách", "online", "Tags", "In", "A+", "Xem thêm", "Họ và tên", "(*)", "TRANG THÔNG TIN ĐIỆN TỬ", "điện tử"];
    let matched = 0;
    for (let k = 0; k < 20000; k++) {
      const t = Array.from({ length: 1 + rnd(6) }, () => PIECES[rnd(PIECES.length)] + (rnd(3) ? " " : "")).join("").trim();
      if (slow(t)) matched++;
      expect(boilerplateKind(t), t).toBe(slow(t));
    }
    expect(matched).toBeGreaterThan(1000);
  });
  it("need what their `needs` say", () => {
    for (const p of BOILERPLATE_LINES) if (p.needs) expect(p.re.flags, p.re.source).not.toContain("i");
  });
});

describe("normalizeInline", () => {
  const full = (s: string) =>
    s
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/\u00D0/g, "Đ")
      .replace(/\u0111\u0300/g, "đ")
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, " ")
      .replace(/ {2,}/g, " ")
      .replace(/ +\n/g, "\n")
      .replace(/ +$/, "")
      .replace(/\s+/g, " ")
      .trim();
  it("gives the full normalisation for every code unit, alone and beside letters and marks", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `e${ch}`, `${ch}\u0301`, ` ${ch}`]) if (normalizeInline(s) !== full(s)) expect(normalizeInline(s), `U+${c.toString(16)}`).toBe(full(s));
    }
  });
});
