import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState } from '../src/proto/index.js';
import { RUN_BUDGET_MS, timeoutForRuns } from './helpers/cli.js';
import { hasTmux } from './helpers/tmux.js';
import { terminalModes, tuiStage, type TuiStage } from './helpers/tui-terminal.js';

/*
 * The admin dashboard of `wukf tui --dir`, in a real terminal against the real server: a visitor's
 * conversation is seen waiting, an agent comes online and takes it, the admin follows it live, and it leaves
 * the dashboard once the agent closes it.
 */

const CAROL = { username: 'carol', password: 'tui-secret-carol-7', displayName: 'Carol' };

let stage: TuiStage | undefined;
afterEach(async () => {
  await stage?.cleanup();
  stage = undefined;
});

/** The screen's line that holds the text. */
function lineWith(screen: string, text: string): string {
  return screen.split('\n').find((l) => l.includes(text)) ?? '';
}

describe.skipIf(!hasTmux)('wukf tui --dir: the admin dashboard in a terminal', () => {
  it('shows a conversation queued, the agent who comes online and takes it, its live transcript, and its end', async () => {
    // Manual assignment: the conversation waits in the queue until the agent claims it.
    stage = await tuiStage({ routing: { assignment: 'manual' }, agents: [CAROL] });
    const term = stage.tui(['--dir', stage.dir]);

    // The first admin, signed for by the config dir's key: no password asked, the Health pane first.
    const health = await term.waitFor('connections', 3 * RUN_BUDGET_MS);
    expect(health).toContain('[1 Health]');
    expect(health).toMatch(/Health: OK|Health: \d+ problems?/);
    expect(health).not.toContain('Password');
    await term.waitFor(/conversations\s+0 queued · 0 active/);

    const visitor = await stage.visitor();
    const visitorName = visitor.client.welcome!.you!.displayName!;
    const id = (await visitor.client.openConversation({ language: 'en' })).id!;
    await visitor.client.send(id, 'is anybody there?');
    await term.waitFor(/conversations\s+1 queued · 0 active/);

    term.send('2');
    const queues = await term.waitFor(/\(no group\)\s+1\s/);
    expect(queues).toContain('[2 Queues]');
    term.send('4');
    const queued = await term.waitFor('is anybody there?');
    expect(lineWith(queued, visitorName)).toMatch(/\s-\s+queued\s/);

    // Carol signs in: Agents shows her online with nothing yet, then with the conversation she claims.
    term.send('3');
    await term.waitFor(/Carol\s+offline\s+0\/5/);
    const carol = await stage.agent(CAROL.username, CAROL.password);
    await term.waitFor(/Carol\s+online\s+0\/5/);
    await carol.client.claim(id);
    await term.waitFor(/Carol\s+online\s+1\/5/);
    term.send('4');
    const active = await term.waitFor(new RegExp(`${visitorName}\\s+Carol\\s+active`));
    expect(active).toContain('[4 Sessions]');

    // enter opens the transcript; what the visitor sends next appears in it as it happens.
    term.send('Enter');
    const transcript = await term.waitFor(`${visitorName}: is anybody there?`);
    expect(transcript).toContain(`${visitorName} with Carol`);
    expect(transcript).toContain('read-only');
    await visitor.client.send(id, 'my order is A-17');
    await term.waitFor(`${visitorName}: my order is A-17`);
    await carol.client.send(id, 'looking at A-17 now');
    await term.waitFor('Carol: looking at A-17 now');

    // Carol closes it: the transcript says so, and the conversation leaves Sessions.
    await carol.client.closeConversation(id);
    await visitor.wait(() => visitor.snapshot(id)?.state === ConversationState.CONVERSATION_STATE_CLOSED, 'the visitor is told it closed');
    await term.waitFor('conversation closed');
    term.send('Escape');
    const after = await term.waitFor('No queued or active conversations.');
    expect(after).not.toContain(visitorName);
    term.send('3');
    await term.waitFor(/Carol\s+online\s+0\/5/);

    term.send('q');
    expect(await term.waitFor('[exit ')).toContain('[exit 0]');
    expect(terminalModes(term)).toEqual({ alternateScreen: false, cursorVisible: true, rawInput: false });
  }, timeoutForRuns(8));
});
