// The page as a stream of element starts, ends and text, from htmlparser2's
// tokenizer, with the tree rules of htmlparser2's Parser (implied ends such as
// <p> before <div>, void elements, self-closing tags in <svg>/<math>, a stray
// </p> or </br>). It is that Parser, cut down to what the HTML cleaner reads:
//  - HTML mode only, names lower-cased, entities decoded (the options cheerio
//    passes), and one complete string, never chunks;
//  - the tokenizer runs without decoding entities, which makes it skip through
//    text instead of stepping through it character by character; the few
//    texts and attribute values with a "&" in them are decoded afterwards by
//    the same tokenizer, decoding, run on them again in the same context
//    (`Decoder`), so they come out exactly as a decoding run gives them;
//  - only the attributes the cleaner looks at are kept (`Attrs`); the values
//    of the others (src, alt, onclick, data-*, …) are never copied;
//  - no start/end indices, no events nobody listens to.
// The order and nesting of the events are exactly the Parser's, so a reader of
// these events sees the same elements and text nodes a walk over cheerio's
// (domhandler's) DOM sees. Keep it in step with htmlparser2's Parser.ts.
import { Tokenizer, QuoteType, type TokenizerCallbacks } from "htmlparser2";
import { memoByString } from "../util/memo.js";

/** The attributes the cleaner reads. */
export interface Attrs {
  class: string | undefined;
  id: string | undefined;
  itemprop: string | undefined;
  style: string | undefined;
  hidden: string | undefined;
  "aria-hidden": string | undefined;
  align: string | undefined;
  href: string | undefined;
  size: string | undefined;
  datetime: string | undefined;
  property: string | undefined;
  name: string | undefined;
  content: string | undefined;
  rel: string | undefined;
  type: string | undefined;
  srcdoc: string | undefined;
  title: string | undefined;
}

type AttrName = keyof Attrs;

export const blankAttrs = (): Attrs => ({
  class: undefined, id: undefined, itemprop: undefined, style: undefined, hidden: undefined, "aria-hidden": undefined, align: undefined,
  href: undefined, size: undefined, datetime: undefined, property: undefined, name: undefined, content: undefined, rel: undefined, type: undefined,
  srcdoc: undefined, title: undefined,
});

const KEPT = new Set<string>(Object.keys(blankAttrs()));

/**
 * A UTF-8 page read as its bytes, never decoded whole. The tokenizer and the
 * tree rules act on ASCII characters only, and in UTF-8 no byte of a
 * multi-byte character is ASCII, so the bytes give the same tags, attributes
 * and text boundaries, at byte offsets, as the decoded text gives at
 * character offsets; the texts and values the cleaner keeps are decoded
 * (`slice`). A 200 KB page is mostly script: decoding it whole cost about
 * 1 ms, more than reading it. The bytes must be valid UTF-8 without a
 * byte-order mark (see decodeLazily).
 */
export class Utf8Page {
  readonly length: number;
  private readonly buf: { utf8Slice(start: number, end: number): string };
  constructor(readonly bytes: Buffer) {
    this.length = bytes.length;
    // Buffer's own decoder, without toString's argument checks (a page has thousands of slices)
    this.buf = bytes as unknown as { utf8Slice(start: number, end: number): string };
  }
  charCodeAt(i: number): number {
    return this.bytes[i];
  }
  indexOf(ch: string, from = 0): number {
    return this.bytes.indexOf(ch.charCodeAt(0), from);
  }
  /** As String#slice of the decoded text at byte offsets. */
  slice(start: number, end: number): string {
    const n = this.length;
    if (end > n) end = n;
    // a page cut off inside a tag: the tokenizer gives its last text from -1 (the Parser
    // slices a string: the last character); counted in characters, so decoded whole
    if (start < 0) return end === n ? this.buf.utf8Slice(0, n).slice(start) : "";
    return start < end ? this.buf.utf8Slice(start, end) : "";
  }
}

/** What the parser reads: decoded text, or a UTF-8 page's bytes. */
export type HtmlSource = string | Utf8Page;

export interface PageEvents {
  /** An element starts; `a` is only valid during the call (an element without attributes the cleaner reads gets the same empty one). */
  open(tag: string, a: Attrs): void;
  /** The innermost open element ends. */
  close(): void;
  /** Text, entities decoded; adjacent calls belong to one text node. */
  text(data: string): void;
  /** Whether the reader reads the text that comes now (false inside a skipped <script>: its text is never sliced out). */
  wantsText(): boolean;
  /** A comment, CDATA section or doctype: a node between text nodes. */
  other(): void;
}

// htmlparser2's Parser tables
const formTags = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const pTag = new Set(["p"]);
const tableSectionTags = new Set(["thead", "tbody"]);
const ddtTags = new Set(["dd", "dt"]);
const rtpTags = new Set(["rt", "rp"]);
const openImpliesClose = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["p", pTag],
  ["h1", pTag],
  ["h2", pTag],
  ["h3", pTag],
  ["h4", pTag],
  ["h5", pTag],
  ["h6", pTag],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags],
]);
const voidElements = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param",
  "source", "track", "wbr",
]);
const foreignContextElements = new Set(["math", "svg"]);
const htmlIntegrationElements = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/**
 * Names looked up in the page without copying them out of it: tag and
 * attribute names repeat on every page, and a slice plus toLowerCase for each
 * of them is a good part of the parser's cost. Matching is ASCII
 * case-insensitive; a name with other characters is not found here.
 */
class Names<T> {
  /** by length and lower-cased first character */
  private readonly byStart = new Map<number, { name: string; value: T }[]>();

  add(name: string, value: T): void {
    const k = name.length * 128 + name.charCodeAt(0);
    const list = this.byStart.get(k);
    if (list) list.push({ name, value });
    else this.byStart.set(k, [{ name, value }]);
  }

  /** The value of the name `html[start, end)`, lower-cased, if it is in the table; else undefined. */
  find(html: HtmlSource, start: number, end: number): T | undefined {
    const list = this.byStart.get((end - start) * 128 + lowerAscii(html.charCodeAt(start)));
    if (list === undefined) return undefined;
    next: for (const { name, value } of list) {
      for (let i = 1; i < name.length; i++) if (lowerAscii(html.charCodeAt(start + i)) !== name.charCodeAt(i)) continue next;
      return value;
    }
    return undefined;
  }
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);

function isAscii(html: HtmlSource, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (html.charCodeAt(i) > 127) return false;
  return true;
}

/** Elements whose content the tokenizer reads as text up to their end tag; only <title>'s has its entities decoded. */
const enum Special {
  None,
  Raw,
  Title,
}
const SPECIAL = new Map<string, Special>([
  ["script", Special.Raw],
  ["style", Special.Raw],
  ["textarea", Special.Raw],
  ["xmp", Special.Raw],
  ["title", Special.Title],
]);

/** What the tree rules need to know of an element name, looked up once per tag. */
interface Tag {
  name: string;
  isVoid: boolean;
  /** starts (true) or leaves (false) a context where self-closing tags close; null: neither */
  foreign: boolean | null;
  /** the open elements its start closes */
  impliesClose: Set<string> | undefined;
  special: Special;
}

function tagOf(name: string): Tag {
  return {
    name,
    isVoid: voidElements.has(name),
    foreign: foreignContextElements.has(name) ? true : htmlIntegrationElements.has(name) ? false : null,
    impliesClose: openImpliesClose.get(name),
    special: SPECIAL.get(name) ?? Special.None,
  };
}

/** Elements of every page, found without slicing. */
const TAGS = new Names<Tag>();
for (const name of new Set([
  ...openImpliesClose.keys(), ...voidElements, ...foreignContextElements, ...htmlIntegrationElements, ...formTags, ...SPECIAL.keys(), "html",
  "head", "body", "noscript", "iframe", "template", "a", "span", "b", "i", "u", "em", "strong", "font", "small", "big", "sup", "sub", "time",
  "label", "abbr", "cite", "code", "center", "thead", "caption", "o:p", "picture", "video", "audio", "canvas", "object", "map",
])) {
  TAGS.add(name, tagOf(name));
}
/** Other names, by their lower-cased name (a page has few of them). */
const otherTag = memoByString(tagOf, 1000);

function tagAt(html: HtmlSource, start: number, end: number): Tag {
  return TAGS.find(html, start, end) ?? otherTag(html.slice(start, end).toLowerCase());
}

const ATTRS = new Names<AttrName>();
for (const name of KEPT) ATTRS.add(name, name as AttrName);

/**
 * The entities pages write most, closed by their semicolon: they read the
 * same in text and in attributes, whatever follows them.
 */
const PLAIN_ENTITY = /&(?:(amp|nbsp|quot|lt|gt|apos)|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));/g;
const PLAIN_NAMED: Record<string, string> = { amp: "&", nbsp: "\u00a0", quot: '"', lt: "<", gt: ">", apos: "'" };

/**
 * `raw` with its entities decoded, when each of its "&" starts one of the
 * PLAIN_ENTITY forms (numbers only where the decoder keeps them as they are:
 * not 0, the C1 range it maps to Windows-1252, surrogates or beyond Unicode);
 * null when anything else needs the decoder.
 */
function plainEntities(raw: string): string | null {
  let amps = 0;
  for (let i = raw.indexOf("&"); i >= 0; i = raw.indexOf("&", i + 1)) amps++;
  let plain = 0;
  let other = false;
  const out = raw.replace(PLAIN_ENTITY, (m: string, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    plain++;
    if (name !== undefined) return PLAIN_NAMED[name];
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    if (cp === 0 || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
      other = true;
      return m;
    }
    return String.fromCodePoint(cp);
  });
  // every "&" starts one of them (each match holds exactly one "&")
  return other || plain !== amps ? null : out;
}

/**
 * Entity decoding, done by htmlparser2's own tokenizer with decoding on: a
 * text or an attribute value is tokenized again between the characters that
 * surrounded it in the page (what ends an entity decides how it is read:
 * "&amp" before "<" is "&", "&ampx" in an attribute stays as it is).
 */
class Decoder implements TokenizerCallbacks {
  private out = "";
  private src = "";

  private run(src: string): string {
    this.src = src;
    this.out = "";
    // a fresh tokenizer each time: reset() keeps some state of the last run
    const t = new Tokenizer({ xmlMode: false, decodeEntities: true }, this);
    t.write(src);
    t.end();
    const out = this.out;
    this.out = this.src = "";
    return out;
  }

  /** Text between tags; `closed`: a "<" follows it, else the page ends there. */
  text(raw: string, closed: boolean): string {
    return plainEntities(raw) ?? this.run(closed ? `${raw}<a>` : raw);
  }

  /** The content of a <title>; `closed`: by </title>, else by the end of the page. */
  title(raw: string, closed: boolean): string {
    return plainEntities(raw) ?? this.run(closed ? `<title>${raw}</title>` : `<title>${raw}`);
  }

  /** An attribute value, between the quotes it had. */
  attribute(raw: string, quote: QuoteType): string {
    const q = quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : "";
    return plainEntities(raw) ?? this.run(`<a x=${q}${raw}${q}>`);
  }

  ontext(start: number, end: number): void {
    this.out += this.src.slice(start, end);
  }
  ontextentity(cp: number): void {
    this.out += String.fromCodePoint(cp);
  }
  onattribdata(start: number, end: number): void {
    this.out += this.src.slice(start, end);
  }
  onattribentity(cp: number): void {
    this.out += String.fromCodePoint(cp);
  }
  onattribend(): void {}
  onattribname(): void {}
  oncdata(): void {}
  onclosetag(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onopentagend(): void {}
  onopentagname(): void {}
  onprocessinginstruction(): void {}
  onselfclosingtag(): void {}
}

const decoder = new Decoder();

const NO_TAG: Tag = tagOf("");
const BR = TAGS.find("br", 0, 2)!;
const P = TAGS.find("p", 0, 1)!;

class EventParser implements TokenizerCallbacks {
  /** open elements, innermost last (the Parser keeps them innermost first) */
  private readonly stack: string[] = [];
  /** whether self-closing tags close (inside <svg>, <math>), innermost last */
  private readonly foreign: boolean[] = [false];
  private tag = NO_TAG;
  /** an open tag is being read (the Parser's `attribs !== null`) */
  private opening = false;
  private attrs: Attrs = blankAttrs();
  /** some attribute of the tag being read is set in `attrs` */
  private attrsUsed = false;
  /** the attribute being read, when it is one of `Attrs` */
  private attr: AttrName | null = null;
  private valueStart = 0;
  private valueEnd = 0;
  /** inside a <script>, <style>, <title>… (see Special) */
  private special = Special.None;
  /** the raw text of a <title> */
  private titleStart = -1;
  private titleEnd = -1;
  /** the tokenizer is at the end of the page: text it gives now is the rest of a cut-off construct, never decoded */
  ending = false;
  /** where the page has a "&", and the first of them not before the last text or value looked at */
  private readonly amps: number[] = [];
  private amp = 0;

  constructor(
    private readonly html: HtmlSource,
    private readonly ev: PageEvents,
  ) {
    for (let i = html.indexOf("&"); i >= 0; i = html.indexOf("&", i + 1)) this.amps.push(i);
  }

  /** Is there a "&" in html[start, end)? Asked with `start` never going back. */
  private hasAmp(start: number, end: number): boolean {
    const { amps } = this;
    while (this.amp < amps.length && amps[this.amp] < start) this.amp++;
    return this.amp < amps.length && amps[this.amp] < end;
  }

  ontext(start: number, end: number): void {
    if (this.special === Special.Title) {
      // decoded whole when the title ends
      if (this.titleStart < 0) this.titleStart = start;
      this.titleEnd = end;
      return;
    }
    if (!this.ev.wantsText()) return;
    const data = this.html.slice(start, end);
    if (this.special === Special.None && !this.ending && this.hasAmp(start, end)) this.ev.text(decoder.text(data, end < this.html.length));
    else this.ev.text(data);
  }

  ontextentity(): void {
    // not called: the tokenizer does not decode
  }

  /** The text of a <title> that ends here (`closed`: by its end tag). */
  private endTitle(closed: boolean): void {
    if (this.special === Special.Title && this.titleStart >= 0) {
      const raw = this.html.slice(this.titleStart, this.titleEnd);
      const data = this.hasAmp(this.titleStart, this.titleEnd) ? decoder.title(raw, closed) : raw;
      if (data) this.ev.text(data);
    }
    this.titleStart = this.titleEnd = -1;
    this.special = Special.None;
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(tagAt(this.html, start, end));
  }

  private emitOpenTag(tag: Tag): void {
    this.tag = tag;
    const { impliesClose } = tag;
    if (impliesClose) {
      const { stack } = this;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1])) {
        stack.pop();
        this.ev.close();
      }
    }
    if (!tag.isVoid) {
      this.stack.push(tag.name);
      if (tag.foreign !== null) this.foreign.push(tag.foreign);
    }
    this.opening = true;
    if (this.attrsUsed) {
      this.attrs = blankAttrs();
      this.attrsUsed = false;
    }
  }

  private endOpenTag(): void {
    if (this.opening) {
      this.ev.open(this.tag.name, this.attrs);
      this.opening = false;
    }
    if (this.tag.isVoid) this.ev.close();
    this.tag = NO_TAG;
  }

  onopentagend(): void {
    // the tokenizer reads the content of these as text (a self-closing <script/> is not one of them)
    this.special = this.tag.special;
    this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    this.endTitle(true);
    this.special = Special.None;
    const tag = tagAt(this.html, start, end);
    if (tag.foreign !== null) this.foreign.pop();
    if (!tag.isVoid) {
      const { stack } = this;
      const pos = stack.lastIndexOf(tag.name);
      if (pos !== -1) {
        while (stack.length > pos) {
          stack.pop();
          this.ev.close();
        }
      } else if (tag === P) {
        // a </p> without a <p>: an empty paragraph
        this.emitOpenTag(P);
        this.closeCurrentTag();
      }
    } else if (tag === BR) {
      // </br> is read as <br>
      this.emitOpenTag(BR);
      this.endOpenTag();
    }
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private closeCurrentTag(): void {
    const { name } = this.tag;
    this.endOpenTag();
    // self-closing tags are on the top of the stack
    if (this.stack[this.stack.length - 1] === name) {
      this.ev.close();
      this.stack.pop();
    }
  }

  onattribname(start: number, end: number): void {
    let name = ATTRS.find(this.html, start, end) ?? null;
    // a name with characters beyond ASCII may still lower-case to one ("\u212A" is "k")
    if (name === null && !isAscii(this.html, start, end)) {
      const lower = this.html.slice(start, end).toLowerCase();
      if (KEPT.has(lower)) name = lower as AttrName;
    }
    this.attr = name;
    this.valueStart = this.valueEnd = -1;
  }

  onattribdata(start: number, end: number): void {
    // without decoding, a value comes in one piece
    this.valueStart = start;
    this.valueEnd = end;
  }

  onattribentity(): void {
    // not called: the tokenizer does not decode
  }

  onattribend(quote: QuoteType): void {
    const k = this.attr;
    // the first of two same-named attributes counts
    if (k !== null && this.opening && this.attrs[k] === undefined) {
      const { valueStart: start, valueEnd: end } = this;
      const raw = start < 0 ? "" : this.html.slice(start, end);
      this.attrs[k] = start >= 0 && this.hasAmp(start, end) ? decoder.attribute(raw, quote) : raw;
      this.attrsUsed = true;
    }
    this.attr = null;
  }

  oncomment(): void {
    this.ev.other();
  }

  oncdata(): void {
    // in HTML, CDATA is a comment
    this.ev.other();
  }

  ondeclaration(): void {
    this.ev.other();
  }

  onprocessinginstruction(): void {
    this.ev.other();
  }

  onend(): void {
    this.endTitle(false);
    // every element still open ends, innermost first
    for (let i = this.stack.length - 1; i >= 0; i--) this.ev.close();
    this.stack.length = 0;
  }
}

/**
 * htmlparser2's tokenizer with one change: where it waits for one character
 * (the "<" that ends a text or a script, the quote that ends an attribute
 * value, the "-" of a comment's end, the ">" of a declaration) it finds it
 * with String#indexOf instead of a loop over each character. Same states,
 * same events; the tokenizer calls this method for exactly that.
 */
class FastTokenizer extends Tokenizer {}
const CHAR = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
interface TokenizerInternals {
  buffer: HtmlSource;
  index: number;
  offset: number;
}
Object.defineProperty(FastTokenizer.prototype, "fastForwardTo", {
  value: function fastForwardTo(this: TokenizerInternals, c: number): boolean {
    const { buffer, offset } = this;
    const at = buffer.indexOf(CHAR[c] ?? String.fromCharCode(c), this.index + 1 - offset);
    if (at !== -1) {
      this.index = at + offset;
      return true;
    }
    // as the original: the parse loop increments the index past the end
    this.index = buffer.length + offset - 1;
    return false;
  },
});

/** Read a whole page as events (see PageEvents). */
export function parseHtml(html: HtmlSource, ev: PageEvents): void {
  const parser = new EventParser(html, ev);
  const tokenizer = new FastTokenizer({ xmlMode: false, decodeEntities: false }, parser);
  // a Utf8Page has all the tokenizer reads of its buffer: length, charCodeAt and (fastForwardTo) indexOf
  tokenizer.write(html as string);
  parser.ending = true;
  tokenizer.end();
}
