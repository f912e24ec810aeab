import { localTime, type ShiftWindow } from '../domain/agent.js';

const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 24 * 60;

/** Where in the week (minutes after Sunday 00:00, local) each window starts and ends. */
function boundaries(hours: ShiftWindow[]): number[] {
  const out: number[] = [];
  for (const w of hours) {
    const start = w.day * 1440 + w.start;
    const end = w.day * 1440 + w.end + (w.end <= w.start ? 1440 : 0);
    out.push(start % WEEK_MINUTES, end % WEEK_MINUTES);
  }
  return out;
}

const weekMinute = (at: number, timezone: string) => {
  const { day, minute } = localTime(new Date(at), timezone);
  return day * 1440 + minute;
};

/**
 * The next instant after `now` at which one of the agent's windows starts or ends, or null for an agent
 * without a schedule. Found in local minutes, then corrected for an offset change (daylight saving) between
 * now and then, so a caller can set one timer for it instead of polling. A boundary inside a skipped
 * daylight-saving hour comes back as the nearest instant after it; a boundary that turns out not to change
 * the shift (adjacent windows) only costs the caller an early wake-up.
 */
export function nextShiftChange(agent: { hours: ShiftWindow[] | null; timezone: string }, now: number): number | null {
  if (agent.hours === null || agent.hours.length === 0) return null;
  const floor = now - (((now % MINUTE) + MINUTE) % MINUTE);
  const current = weekMinute(floor, agent.timezone);
  let best = WEEK_MINUTES;
  let target = current;
  for (const b of boundaries(agent.hours)) {
    const ahead = (b - current + WEEK_MINUTES) % WEEK_MINUTES || WEEK_MINUTES;
    if (ahead < best) [best, target] = [ahead, b];
  }
  let at = floor + best * MINUTE;
  for (let i = 0; i < 2; i++) {
    const drift = (target - weekMinute(at, agent.timezone) + WEEK_MINUTES) % WEEK_MINUTES;
    if (drift === 0) break;
    const signed = drift > WEEK_MINUTES / 2 ? drift - WEEK_MINUTES : drift;
    const corrected = at + signed * MINUTE;
    if (corrected <= now) break;
    at = corrected;
  }
  return Math.max(at, now + 1);
}
