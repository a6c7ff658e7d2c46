/**
 * A minimal iCalendar (RFC 5545) writer for follow-up reminders: one VCALENDAR with VEVENTs carrying
 * UID, DTSTAMP, DTSTART (UTC), DTEND, SUMMARY and DESCRIPTION. Text is escaped (\\ ; , and newlines),
 * lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. Pure: no DOM.
 */

export interface IcsEvent {
  uid: string;
  start: Date;
  /** Defaults to 30 minutes after the start. */
  end?: Date | undefined;
  summary: string;
  description?: string | undefined;
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: Date;
  prodId?: string;
}

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTC date-time form: 20261203T124500Z. */
export function icsDate(d: Date): string {
  const iso = d.toISOString(); // 2026-12-03T12:45:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/**
 * Fold a content line so no physical line exceeds 75 octets (RFC 5545 3.1): continuation lines start
 * with one space, which counts toward their 75. Characters (code points) are never split.
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole calendar as a string with CRLF line ends (including after the last line). */
export function buildIcs(events: IcsEvent[], opts: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${opts.prodId ?? '-//Tiltakskort//Plan//NB'}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const stamp = icsDate(opts.now);
  for (const e of events) {
    const end = e.end ?? new Date(e.start.getTime() + 30 * 60_000);
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `DTSTART:${icsDate(e.start)}`, `DTEND:${icsDate(end)}`, `SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A unique id for an event, e.g. 3f0c…@tiltakskort (random: it carries nothing about the case). */
export function newUid(): string {
  const c = globalThis.crypto;
  const id = c && 'randomUUID' in c ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${id}@tiltakskort`;
}
