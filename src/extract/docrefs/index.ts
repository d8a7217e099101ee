// Document references: Party style "59-NQ/TW", State style "40/QĐ-TTg",
// legal-normative "30/2020/NĐ-CP", "202/2025/QH15", official letters
// "45/UBND-VP"; type from the noun before the number (else the symbol),
// issuer as stated (shared across a list), else as the symbol implies; date
// and quoted title after it. One record per distinct document.
import { foldAscii } from "../../text/normalize.js";
import { isSpaceUnit } from "../../text/chars.js";

const DIGIT_RUN = /\d+/g;
import type { DocRef } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { ISSUER_BY_FOLDED, ISSUER_CODES, STATED_ISSUERS, TYPE_ABBREVIATIONS, TYPE_BY_FOLDED, TYPE_NOUNS } from "./rules.js";

const L = String.raw`[\p{L}]`;
// (an office code may follow the issuer after a dot: "412/QĐ-UBND.HC")
const ISS = String.raw`[\p{Lu}Đ][\p{L}\d]*(?:-[\p{Lu}Đ][\p{L}\d]*)*(?:\.[\p{Lu}Đ]{1,5}(?![\p{L}\d]))?`;
const DOC_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])(?:` +
    // Party: 59-NQ/TW, 92-Ctr/TU, 08-QĐi/TW (also the slip 09-CT/TTg)
    String.raw`(?<pn>\d{1,5})\s?-\s?(?<pt>${L}{1,5})\s?\/\s?(?<pi>${ISS})` +
    // State: 40/QĐ-TTg, 30/2020/NĐ-CP, 45/UBND-VP
    String.raw`|(?<sn>\d{1,5})\s?\/\s?(?:(?<sy>(?:19|20)\d{2})\s?\/\s?)?(?<st>${L}{1,6})\s?-\s?(?<si>${ISS})` +
    // Law-style: 202/2025/QH15, 67/2020/QH14
    String.raw`|(?<ln>\d{1,4})\/(?<ly>(?:19|20)\d{2})\/(?<li>(?:UBTV)?QH\d{1,2})` +
    String.raw`)(?![\p{L}\p{N}])`,
  "uy",
);

/** "thủ tướng Chính phủ" is written too: the first letter may be either case, the rest as listed. */
function firstLetterEitherCase(s: string): string {
  const first = s.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${s.slice(1).replace(/ /g, "\\s+")}`;
}

const ISSUER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:của|do)\s+(?:Hội nghị\s+(?:lần thứ\s+\S+|Trung ương\s+\S+)\s+)?(?<iss>(?:${[...STATED_ISSUERS].sort((a, b) => b.length - a.length).map(firstLetterEitherCase).join("|")})(?:\s+(?:tỉnh|thành phố)?\s*[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})?)`,
  "u",
);
const DATE_RE = /^\s*,?\s*\(?\s*(?:ban hành\s+)?ngày\s+(?<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(?<y>\d{4})(?:\s*\))?/u;
const TITLE_RE = /^\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:khóa\s+[IVXLC]+\s*)?(?:về|v\/v)\s*(?:việc\s*)?[“"«](?<t>[^”"»]{3,250})[”"»]/u;

interface Mention {
  start: number;
  idEnd: number;
  end: number;
  number: number;
  id: string;
  symbol: string;
  issuerCode: string;
  type: string;
  date: string | null;
  stated: string | null;
  title: string | null;
  /** where the text after the reference (date, issuer) ends */
  tail: number;
}

function officialType(raw: string): string | null {
  return TYPE_BY_FOLDED[raw.toUpperCase().replace(/Đ/g, "D")] ?? null;
}

function officialIssuer(raw: string): string {
  const parts = raw.split("-");
  return parts.map((p) => ISSUER_BY_FOLDED[p.toUpperCase().replace(/Đ/g, "D").replace(/Ư/g, "U")] ?? p).join("-");
}

/** The type noun right before a number ("Nghị quyết số", "Nghi quyết", "Chỉ thị"), matched on the fold. */
function nounBefore(text: string, at: number): { type: string; start: number } | null {
  const from = Math.max(0, at - 40);
  const before = foldAscii(text.slice(from, at));
  const trimmed = before.replace(/\s*(?:so)?\s*:?\s*$/, "");
  for (const [folded, type] of TYPE_NOUNS) {
    if (!trimmed.endsWith(folded)) continue;
    const start = trimmed.length - folded.length;
    if (start > 0 && /[a-z]/.test(trimmed[start - 1])) continue;
    return { type, start: from + start };
  }
  return null;
}

function capitaliseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function cleanIssuer(s: string): string {
  return capitaliseFirst(s.replace(/\s+/g, " ").replace(/\s+(?:khóa|khoá)\s+[IVXLC]+$/u, "").trim());
}

function mentions(ctx: ZoneContext): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  // tried only where a run of digits starts (the pattern's look-behind would otherwise run everywhere)
  const found: RegExpExecArray[] = [];
  // an exec loop, not a list of all runs: a long text of figures has very many
  DIGIT_RUN.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DIGIT_RUN.exec(text))) {
    // every form is 1–5 digits, then "-" or "/" (a blank may come first): a longer run, or anything else after it, cannot match
    if (d[0].length > 5) continue;
    let after = text.charCodeAt(d.index + d[0].length);
    if (isSpaceUnit(after)) after = text.charCodeAt(d.index + d[0].length + 1);
    if (after !== 45 && after !== 47) continue;
    DOC_RE.lastIndex = d.index;
    const m = DOC_RE.exec(text);
    if (m) found.push(m);
  }
  for (const m of found) {
    const g = m.groups!;
    let number: number, id: string, symbol: string, issuerCode: string, typeFromSymbol: string | null;
    if (g.pn) {
      const t = officialType(g.pt);
      if (!t) continue;
      issuerCode = officialIssuer(g.pi);
      symbol = `${t}/${issuerCode}`;
      number = Number(g.pn);
      id = `${g.pn}-${symbol}`;
      typeFromSymbol = TYPE_ABBREVIATIONS[t];
    } else if (g.sn) {
      const t = officialType(g.st);
      const issuerFirst = officialIssuer(g.st);
      number = Number(g.sn);
      if (t) {
        issuerCode = officialIssuer(g.si);
        symbol = `${t}-${issuerCode}`;
        typeFromSymbol = TYPE_ABBREVIATIONS[t];
      } else if (issuerFirst in ISSUER_CODES) {
        // an official letter: number/ISSUER-UNIT
        issuerCode = issuerFirst;
        symbol = `${issuerFirst}-${officialIssuer(g.si)}`;
        typeFromSymbol = "Công văn";
      } else continue;
      id = g.sy ? `${g.sn}/${g.sy}/${symbol}` : `${g.sn}/${symbol}`;
    } else {
      number = Number(g.ln);
      issuerCode = g.li.replace(/\d+$/, "");
      symbol = g.li;
      id = `${g.ln}/${g.ly}/${g.li}`;
      typeFromSymbol = null;
    }
    let noun = nounBefore(text, m.index!);
    // "Luật Điều ước quốc tế số 108/2016/QH13": the law's name stands between "Luật" and the number
    if (!noun && g.ln) {
      // (long names too: "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14")
      const law = /Luật(?:\s+[\p{L}]+){1,16}\s+(?:số\s*)?$/u.exec(text.slice(Math.max(0, m.index! - 150), m.index!));
      if (law) noun = { type: "Luật", start: m.index! };
    }
    const type = noun?.type ?? typeFromSymbol ?? "Văn bản";
    const start = noun ? noun.start : m.index!;
    const idEnd = m.index! + m[0].length;
    let tail = idEnd;
    let end = idEnd;
    let date: string | null = null;
    const dm = DATE_RE.exec(text.slice(tail));
    if (dm) {
      const d = Number(dm.groups!.d), mo = Number(dm.groups!.m), y = Number(dm.groups!.y);
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
        date = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        tail += dm[0].length;
        end = tail;
      }
    }
    // "Ngày 12/6/2025, Quốc hội đã thông qua Nghị quyết số 202/2025/QH15": the date opens the sentence
    if (!date) {
      const sentence = ctx.sentence(start, idEnd);
      const opening = /^(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?[Nn]gày\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}),[^.;]{0,80}?(?:ban hành|thông qua|ký)[^.;]{0,40}$/u.exec(text.slice(sentence.start, start));
      if (opening) date = `${opening[3]}-${opening[2].padStart(2, "0")}-${opening[1].padStart(2, "0")}`;
    }
    let stated: string | null = null;
    const im = ISSUER_RE.exec(text.slice(tail));
    if (im) {
      stated = cleanIssuer(im.groups!.iss);
      tail += im[0].length;
    }
    let title: string | null = null;
    const tm = TITLE_RE.exec(text.slice(tail, tail + 300));
    if (tm) title = tm.groups!.t.trim();
    out.push({ start, idEnd, end, number, id, symbol, issuerCode, type, date, stated, title, tail });
  }
  // one issuer for a list: "Chỉ thị số 45-CT/TW và Nghị quyết số 36-NQ/TW của Bộ Chính trị"
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i], b = out[i + 1];
    if (a.stated || !b.stated || a.issuerCode !== b.issuerCode) continue;
    if (/^\s*(?:,|và|cùng)\s*$/u.test(text.slice(a.tail, b.start))) a.stated = b.stated;
  }
  return out;
}

const docKey = (number: number, symbol: string) => `${number}|${symbol.toUpperCase().replace(/Đ/g, "D").replace(/[-/]/g, "|")}`;

/** One record per distinct document across the zones; the first mention is the evidence, later ones fill gaps. */
export function docrefRecords(contexts: ZoneContext[]): DocRef[] {
  const records = new Map<string, DocRef>();
  for (const ctx of contexts) {
    for (const m of mentions(ctx)) {
      const key = docKey(m.number, m.symbol);
      const issuer = m.stated ?? ISSUER_CODES[m.issuerCode] ?? null;
      const existing = records.get(key);
      if (existing) {
        existing.date ??= m.date;
        existing.title ??= m.title;
        if (m.stated && (!existing.issuer || existing.issuer === ISSUER_CODES[m.issuerCode])) existing.issuer = m.stated;
        continue;
      }
      const ev = ctx.evidence(m.start, m.end);
      // fields written out, not spread: an object spread with more fields after it is slow in V8
      records.set(key, { text: ev.text, zone: ev.zone, start: ev.start, end: ev.end, sentence: ev.sentence, type: m.type, number: m.number, symbol: m.symbol, id: m.id, issuer, date: m.date, title: m.title });
    }
  }
  return [...records.values()];
}
