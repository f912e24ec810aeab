import { WukfError } from '../../proto/errors.js';
import { quoted } from './excerpt.js';

/**
 * Agents and admins as the domain sees them, with the pure rules about them: field validation and
 * working hours. No I/O here; the Store persists these shapes and routing will read them.
 */
export const ROLES = ['admin', 'agent'] as const;
export type Role = (typeof ROLES)[number];

/** One weekly window in the agent's time zone. end <= start means the window runs past midnight. */
export interface ShiftWindow {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  day: number;
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

export interface Agent {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  skills: string[];
  languages: string[];
  maxConcurrent: number;
  timezone: string;
  /** null: no schedule, on shift at any hour. */
  hours: ShiftWindow[] | null;
  /** Names of the groups (departments) the agent belongs to, sorted; routing offers them those groups' conversations. */
  groups: string[];
  createdAt: string;
  updatedAt: string;
}

/** Groups are optional on creation: an account made without them belongs to none. */
export type NewAgent = Omit<Agent, 'id' | 'createdAt' | 'updatedAt' | 'groups'> & { groups?: string[] };
export type AgentPatch = Partial<Omit<NewAgent, 'username'>>;

export const MAX_CONCURRENT_LIMIT = 1000;

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** An invalid agent field: WUKF_E_INVALID_INPUT naming the field, so a caller can name its own flag or key instead. */
function fieldError(field: string, message: string): WukfError {
  return new WukfError('WUKF_E_INVALID_INPUT', `${field}: ${message}`, { field });
}

export function validateUsername(username: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{1,31}$/.test(username)) {
    throw fieldError('username', `expected 2-32 characters of a-z, 0-9, '.', '_' or '-' starting with a letter or digit, got ${quoted(username)}`);
  }
  return username;
}

export function validateDisplayName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 64 || /\p{Cc}/u.test(trimmed)) {
    throw fieldError('display name', `expected 1-64 printable characters, got ${quoted(name)}`);
  }
  return trimmed;
}

export function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw fieldError('role', `expected one of ${ROLES.join(', ')}, got ${quoted(value)}`);
  }
  return value as Role;
}

/** "billing, refunds" -> ["billing", "refunds"]; empty string -> []. Tags are lower-case words. */
export function parseTags(field: string, value: string): string[] {
  const tags = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0);
  for (const tag of tags) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,31}$/u.test(tag)) {
      throw fieldError(field, `expected a comma-separated list of words (letters, digits, '.', '_', '-'), got ${quoted(tag)}`);
    }
  }
  return [...new Set(tags)];
}

/** Languages as BCP 47 tags, canonicalised ("zh-cn" -> "zh-CN"). */
export function parseLanguages(value: string): string[] {
  const tags = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const out: string[] = [];
  for (const tag of tags) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && !out.includes(canonical)) out.push(canonical);
    } catch {
      throw fieldError('languages', `expected comma-separated BCP 47 language tags such as en, zh-CN, got ${quoted(tag)}`);
    }
  }
  return out;
}

export function parseMaxConcurrent(value: string | number): number {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENT_LIMIT) {
    throw fieldError('max concurrent', `expected an integer 1-${MAX_CONCURRENT_LIMIT}, got ${quoted(value)}`);
  }
  return n;
}

export function parseTimezone(value: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw fieldError('timezone', `expected an IANA time zone such as Asia/Shanghai or UTC, got ${quoted(value)}`);
  }
}

function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

function parseDays(text: string): number[] | undefined {
  const days: number[] = [];
  for (const part of text.split('+')) {
    const ends = part.split('-');
    // "mon-tue-wed" is not a range; reading it as mon-tue would silently drop a day.
    if (ends.length > 2) return undefined;
    const [from, to] = ends as [string, string | undefined];
    const a = DAYS.indexOf(from as (typeof DAYS)[number]);
    const b = to === undefined ? a : DAYS.indexOf(to as (typeof DAYS)[number]);
    if (a < 0 || b < 0) return undefined;
    for (let d = a; ; d = (d + 1) % 7) {
      if (!days.includes(d)) days.push(d);
      if (d === b) break;
    }
  }
  return days;
}

/**
 * Parses weekly working hours: "always", or windows separated by ";" or "," such as
 * "mon-fri 09:00-18:00; sat 10:00-14:00" or "sun+wed 22:00-06:00" (past midnight).
 */
export function parseWeeklyHours(value: string): ShiftWindow[] | null {
  const text = value.trim().toLowerCase();
  if (text === 'always' || text === '') return null;
  const windows: ShiftWindow[] = [];
  for (const chunk of text.split(/[;,]/).map((c) => c.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(\S+)-(\S+)$/.exec(chunk);
    const days = m ? parseDays(m[1]!) : undefined;
    const start = m ? parseClock(m[2]!) : undefined;
    const end = m ? parseClock(m[3]!) : undefined;
    // 24:00 only ends a window; a window starting then would really start at 00:00 the next day.
    if (!days || start === undefined || end === undefined || start === end || start === 24 * 60) {
      throw fieldError(
        'hours',
        `expected "always" or windows like "mon-fri 09:00-18:00; sat 10:00-14:00", got ${quoted(chunk)}`,
      );
    }
    for (const day of days) windows.push({ day, start, end });
  }
  // Separators alone ("; ;") would give an agent who is never on shift yet lists as "" and reads back as always.
  if (windows.length === 0) {
    throw fieldError('hours', `expected "always" or at least one window like "mon-fri 09:00-18:00", got ${quoted(value)}`);
  }
  return windows.sort((x, y) => x.day - y.day || x.start - y.start);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The inverse of parseWeeklyHours, grouping days that share a window: "mon-fri 09:00-18:00; sat 10:00-14:00". */
export function formatWeeklyHours(hours: ShiftWindow[] | null): string {
  if (hours === null) return 'always';
  const byWindow = new Map<string, number[]>();
  for (const w of hours) {
    const key = `${clock(w.start)}-${clock(w.end)}`;
    byWindow.set(key, [...(byWindow.get(key) ?? []), w.day]);
  }
  const parts: string[] = [];
  for (const [window, days] of byWindow) {
    const sorted = [...new Set(days)].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      runs.push(j > i ? `${DAYS[sorted[i]!]}-${DAYS[sorted[j]!]}` : DAYS[sorted[i]!]!);
      i = j + 1;
    }
    parts.push(`${runs.join('+')} ${window}`);
  }
  return parts.join('; ');
}

const weekdayIndex: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Local weekday and minute of day of an instant in a time zone. */
export function localTime(at: Date, timezone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: weekdayIndex[get('weekday')] ?? 0, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether an agent is inside one of their working windows at an instant. */
export function isOnShift(agent: Pick<Agent, 'hours' | 'timezone'>, at: Date): boolean {
  if (agent.hours === null) return true;
  const { day, minute } = localTime(at, agent.timezone);
  return agent.hours.some((w) => {
    if (w.start < w.end) return w.day === day && minute >= w.start && minute < w.end;
    return (w.day === day && minute >= w.start) || ((w.day + 1) % 7 === day && minute < w.end);
  });
}
