import { z } from 'zod';
import { key } from './spec-kit.js';

/**
 * What the admins' dashboard stream may cost the server: how often it is rebuilt, whatever the traffic, and
 * how much of the live picture one snapshot carries (docs/protocol.md, "Dashboard").
 */
export const dashboardLimitKeys = {
  dashboard_interval_ms: key(z.number().int().min(100).max(60_000), {
    default: 500,
    doc: 'The dashboard sends subscribed admins at most one DELTA this often, with everything that changed meanwhile, however busy the server is.',
    expected: 'an integer number of milliseconds, 100-60000',
  }),
  dashboard_max_sessions: key(z.number().int().min(1).max(100_000), {
    default: 2000,
    doc: 'Queued and active conversations in one dashboard SNAPSHOT (queued ones first, in serving order); past it the snapshot says truncated.',
    expected: 'an integer 1-100000',
  }),
};

export interface DashboardLimits {
  dashboard_interval_ms: number;
  dashboard_max_sessions: number;
}
