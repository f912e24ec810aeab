import { z } from 'zod';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration flag: a whole number with s, m, h or d ("90s", "30m", "12h", "7d"), in milliseconds. */
export const durationFlag = z.string().transform((value, ctx) => {
  const match = /^(\d+)([smhd])$/.exec(value.trim());
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'expected a duration such as 90s, 30m, 12h or 7d' });
    return z.NEVER;
  }
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
});
