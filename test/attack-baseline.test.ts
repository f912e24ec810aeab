import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffRoundTrip, startTarget } from './helpers/attack.js';
import { sandbox, timeoutForRuns, type Sandbox } from './helpers/cli.js';

// The attack suite's yardstick: with nobody attacking, the staff round trip completes on a real server.
describe('attack suite: the staff round trip', () => {
  let box: Sandbox;
  beforeEach(() => void (box = sandbox()));
  afterEach(() => box.cleanup());

  it(
    'logs in an admin and an agent and carries a message each way with a visitor',
    async () => {
      const target = await startTarget(box);
      try {
        const trip = await staffRoundTrip(target);
        expect(trip.connectMs).toBeGreaterThan(0);
        expect(trip.chatMs).toBeGreaterThan(0);
        expect(target.rssBytes()).toBeGreaterThan(10 * 1024 * 1024);
      } finally {
        await target.server.stop();
      }
    },
    timeoutForRuns(4),
  );
});
