import { afterEach, describe, expect, it } from 'vitest';
import { SystemEventKind } from '../src/proto/index.js';
import { RUN_BUDGET_MS, timeoutForRuns } from './helpers/cli.js';
import type { Recorder } from './helpers/routing.js';
import { hasTmux } from './helpers/tmux.js';
import { terminalModes, tuiStage, type TuiStage } from './helpers/tui-terminal.js';

/*
 * An agent's day in `wukf tui --url`, in a real terminal against the real server: sign in with a password
 * nobody sees, accept what routing offers, claim from the queue, talk to a visitor (typing, read marks),
 * hand the conversation to a colleague with a note, and quit back to a terminal as it was.
 */

const ALICE = { username: 'alice', password: 'tui-secret-alice-7', displayName: 'Alice' };
const BOB = { username: 'bob', password: 'tui-secret-bob-7', displayName: 'Bob', groups: ['billing'] };

let stage: TuiStage | undefined;
afterEach(async () => {
  await stage?.cleanup();
  stage = undefined;
});

/** The visitor's text messages from the agent, in order. */
function textsFrom(recorder: Recorder, conversationId: string, sender: string) {
  return recorder.messages.filter((m) => m.conversationId === conversationId && m.text && m.sender?.id === sender);
}

function transferred(recorder: Recorder, conversationId: string) {
  return recorder.systemEvents(conversationId).find((e) => e.kind === SystemEventKind.KIND_TRANSFERRED);
}

describe.skipIf(!hasTmux)('wukf tui --url: the agent console in a terminal', () => {
  it('signs in, accepts an offer, claims from the queue, chats, transfers with a note, and q restores the terminal', async () => {
    // Offers stay open for the whole test: on a loaded machine, keys may take longer than the default 30 s.
    stage = await tuiStage({
      routing: { assignment: 'offer', accept_timeout_s: 3600 },
      groups: [{ name: 'billing', displayName: 'Billing', description: '', fallback: null }],
      agents: [ALICE, BOB],
    });
    const term = stage.tui(['--url', stage.server.url]);
    const screens: string[] = [];
    const seen = async (text: string | RegExp, timeoutMs?: number) => {
      const screen = await term.waitFor(text, timeoutMs);
      screens.push(screen);
      return screen;
    };

    // The password prompt masks every character; the typed password is never drawn, before or after enter.
    await seen('Username:', 3 * RUN_BUDGET_MS);
    term.send(ALICE.username);
    await seen(`Username: ${ALICE.username}`);
    term.send('Enter');
    await seen('Password:');
    term.send(ALICE.password);
    await seen('*'.repeat(ALICE.password.length));
    term.send('Enter');
    await seen('Alice · online');
    await seen('Mine (0)');
    for (const screen of [...screens, term.screen()]) expect(screen).not.toContain(ALICE.password.slice(0, 6));

    // Routing offers the first visitor to Alice, the only agent online; shift-tab goes up to Offers, a accepts.
    const first = await stage.visitor();
    const firstName = first.client.welcome!.you!.displayName!;
    const one = (await first.client.openConversation({ language: 'en' })).id!;
    await seen(/Offers \(1\)/);
    term.send('BTab');
    // Each key waits for the screen the key before it made, as a person looks before the next key: keys that
    // reach the console in one read are taken as one input (a paste), and an escape joins the key after it.
    await seen('enter/a accept');
    term.send('a');
    // An offer already names its agent; only the accept makes it an ACCEPTED entry.
    await first.wait(() => first.systemEvents(one).some((e) => e.kind === SystemEventKind.KIND_ACCEPTED && e.subject?.id === 'alice'), 'Alice accepts');
    expect(first.withAgent(one, 'alice')).toBe(true);
    await seen('Mine (1)');

    // Accepting opened the chat: the visitor's message shows, the typed reply reaches the visitor.
    await first.client.send(one, 'my parcel is late');
    await seen(`${firstName}: my parcel is late`);
    term.send('sorry, let me check');
    await seen('> sorry, let me check');
    term.send('Enter');
    await first.wait(() => textsFrom(first, one, 'alice').length > 0, 'the visitor gets the reply');
    const reply = textsFrom(first, one, 'alice')[0]!;
    expect(reply.text).toBe('sorry, let me check');

    // The visitor types, then reads the reply: the console shows both.
    first.client.typing(one, true);
    await seen(`${firstName} is typing…`);
    first.client.markRead(one, Number(reply.seq));
    await seen('you: sorry, let me check ✓✓');

    // A billing question waits in the queue (Alice is not in billing, Bob is offline); Alice claims it.
    const second = await stage.visitor();
    const secondName = second.client.welcome!.you!.displayName!;
    const two = (await second.client.openConversation({ language: 'en', group: 'billing' })).id!;
    await seen(/Queue \(1\)/);
    term.send('Escape');
    await seen('enter open · t transfer');
    term.send('Tab');
    await seen('enter claim · j k move');
    term.send('Enter');
    await second.wait(() => second.withAgent(two, 'alice'), 'the second visitor is with Alice');
    const claimed = await seen('Mine (2)');
    expect(claimed).toContain(secondName);
    expect(claimed).toMatch(/Queue \(0\)/);

    // Alice hands the first conversation, still open on the right, to Bob with a note.
    const bob = await stage.agent(BOB.username, BOB.password);
    term.send('Tab');
    await seen('enter send · pgup/pgdn history');
    term.send('C-t');
    await seen(`Transfer ${firstName}`);
    term.send('bob');
    await seen('> bob');
    term.send('Enter');
    await seen('Note for them');
    term.send('parcel 1234, late');
    await seen('> parcel 1234, late');
    term.send('Enter');
    await first.wait(() => transferred(first, one) !== undefined, 'the visitor is told of the transfer');
    await bob.wait(() => transferred(bob, one) !== undefined && bob.withAgent(one, 'bob'), 'Bob has the conversation');
    expect(transferred(bob, one)).toMatchObject({ note: 'parcel 1234, late', subject: { id: 'bob' }, previous: { id: 'alice' } });
    expect(transferred(first, one)).toMatchObject({ subject: { id: 'bob' } });
    const handedOn = await seen('transferred from Alice to Bob');
    expect(handedOn).toContain('(parcel 1234, late)');
    // The visitor's typing=true was never refreshed nor ended (as when a tab closes): it has gone quiet.
    await seen(/^(?![\s\S]*is typing)/);
    await seen(/Mine \(1\)/);

    // The billing question goes to the billing group from the list with t: routing gives it to Bob, its member.
    term.send('Escape');
    await seen('enter open · t transfer');
    term.send('t');
    await seen(`Transfer ${secondName}`);
    term.send('group:billing');
    await seen('> group:billing');
    term.send('Enter');
    await seen('Note for them');
    term.send('invoice question');
    await seen('> invoice question');
    term.send('Enter');
    await second.wait(() => transferred(second, two) !== undefined, 'the second visitor is told of the transfer');
    await bob.wait(() => transferred(bob, two) !== undefined, 'Bob is told of the transfer to his group');
    expect(transferred(bob, two)).toMatchObject({ note: 'invoice question', subject: { id: 'bob' }, assignment: { via: 'group:billing' } });
    const gone = await seen(/Mine \(0\)/);
    // Handing a conversation on is not refused afterwards (it once was: the SDK acknowledged the hand-over entry).
    expect(gone).toContain('transferred to group:billing');
    expect(gone).not.toContain('error:');

    // q from a list quits; the terminal is handed back: cursor shown, line editing and echo on, main screen.
    expect(terminalModes(term)).toEqual({ alternateScreen: false, cursorVisible: false, rawInput: true });
    term.send('q');
    expect(await term.waitFor('[exit ')).toContain('[exit 0]');
    expect(terminalModes(term)).toEqual({ alternateScreen: false, cursorVisible: true, rawInput: false });
  }, timeoutForRuns(10));
});
