import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationCore } from '../src/server/conversations/index.js';
import { SqliteStore } from '../src/server/store/index.js';
import { initDir, sandbox, timeoutForRuns, wukf, type Sandbox } from './helpers/cli.js';

/* `wukf conversation list|close|purge` with no server running: the commands work on the database alone. */

describe('wukf conversation without a running server', () => {
  let box: Sandbox;
  beforeEach(() => void (box = sandbox()));
  afterEach(() => box.cleanup());

  it(
    'lists, closes by id and by --queued, purges, and refuses bad flags naming them',
    async () => {
      const dir = box.path('wukf');
      await initDir(box, dir);
      const store = SqliteStore.open(join(dir, 'data', 'wukf.db'));
      const core = new ConversationCore({ store, agents: store });
      const open = (id: string) => core.openConversation({ kind: 'visitor', id, displayName: id }, { language: '', skills: [], context: {} });
      const [a, b, c] = [await open('v_one'), await open('v_two'), await open('u_known')];
      await store.close();

      const list = await wukf(box, ['conversation', 'list', '--dir', dir, '--state', 'queued', '--json']);
      expect(list.exitCode, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toMatchObject({ total: 3, conversations: [{ id: a.id, anonymous: true }, { id: b.id }, { id: c.id, anonymous: false }] });
      const table = await wukf(box, ['conversation', 'list', '--dir', dir]);
      expect(table.stdout).toMatch(/^ID\s+STATE\s+VISITOR/);
      expect(table.stdout).toContain('3 of 3 conversation(s)');

      const bad = await wukf(box, ['conversation', 'close', '--queued', '--older-than', '5 weeks', '--dir', dir]);
      expect(bad.exitCode).toBe(64);
      expect(bad.stderr).toContain('--older-than: expected a duration such as 90s, 30m, 12h or 7d');
      expect((await wukf(box, ['conversation', 'close', '--dir', dir])).exitCode).toBe(64);

      const byId = await wukf(box, ['conversation', 'close', a.id, 'no-such-id', '--dir', dir]);
      expect(byId.exitCode).toBe(1);
      expect(byId.stdout).toContain('closed 1 conversation(s)');
      expect(byId.stderr).toContain('no-such-id: not closed (WUKF_E_CONVERSATION_NOT_FOUND)');
      const queued = await wukf(box, ['conversation', 'close', '--queued', '--anonymous', '--json', '--dir', dir]);
      expect(JSON.parse(queued.stdout)).toEqual({ closed: [b.id], refused: [] });

      const dry = await wukf(box, ['conversation', 'purge', '--dry-run', '--dir', dir]);
      expect(dry.stdout).toContain('would delete 2 closed conversation(s)');
      const purged = await wukf(box, ['conversation', 'purge', '--force', '--dir', dir]);
      expect(purged.stdout).toContain('deleted 2 closed conversation(s)');
      expect(JSON.parse((await wukf(box, ['conversation', 'list', '--json', '--dir', dir])).stdout)).toMatchObject({ total: 1, conversations: [{ id: c.id, state: 'queued' }] });
    },
    timeoutForRuns(10),
  );
});
