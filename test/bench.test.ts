import { describe, expect, it } from 'vitest';
import { sandbox, wukf } from './helpers/cli.js';

describe('wukf bench relay', () => {
  it('runs a tiny relay against its own server and prints one JSON object whose counts add up', async () => {
    const box = sandbox();
    try {
      const res = await wukf(box, ['bench', 'relay', '--pairs', '2', '--seconds', '1', '--warmup', '0', '--window', '2', '--json']);
      expect(res.exitCode, res.stderr).toBe(0);
      const lines = res.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const result = JSON.parse(lines[0]!) as Record<string, any>;
      expect(result).toMatchObject({ scenario: 'relay', pairs: 2, window: 2 });
      expect(result.delivered).toBeGreaterThan(0);
      expect(result.messagesPerSecond).toBeGreaterThan(0);
      // Closed loop: at most `window` messages per side are unacknowledged when measuring stops.
      expect(result.sent - result.acked).toBeLessThanOrEqual(2 * 2 * 2);
      expect(result.sent - result.acked).toBeGreaterThanOrEqual(0);
      for (const key of ['p50', 'p90', 'p99', 'max', 'mean']) expect(result.latencyMs[key]).toBeGreaterThan(0);
      expect(result.server.rssBytes).toBeGreaterThan(0);
      const bad = await wukf(box, ['bench', 'relay', '--pairs', '0']);
      expect(bad.exitCode).toBe(64);
      expect(bad.stderr).toContain('--pairs: expected an integer 1-5000');
    } finally {
      box.cleanup();
    }
  });
});
