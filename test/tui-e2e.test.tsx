import { afterEach, describe, expect, it } from 'vitest';
import type { TypingEvent, WukfClient } from '../src/client/index.js';
import { App } from '../src/tui/App.js';
import { agentConsole, type AgentConsoleWiring } from '../src/tui/console.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { sdkClient, Transcript, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

/*
 * The console against a real server in this process: the agent signs in through the login prompt, a visitor
 * (the SDK) opens a conversation that routing gives to the agent, and the two talk.
 */

let ui: RenderedTui | undefined;
let wiring: AgentConsoleWiring | undefined;
let visitor: WukfClient | undefined;

afterEach(async () => {
  ui?.unmount();
  await wiring?.stop();
  await visitor?.close();
  [ui, wiring, visitor] = [undefined, undefined, undefined];
  await cleanupTestServers();
});

/** The console against the server, signed in as alice through its prompt. */
async function signIn(url: string): Promise<RenderedTui> {
  wiring = agentConsole(url);
  const rendered = await renderTui(<App {...wiring.props(() => undefined)} />);
  await rendered.waitFor('Username:');
  await rendered.press('alice');
  await rendered.waitFor('alice');
  await rendered.press(KEY.enter);
  await rendered.waitFor('Password:');
  await rendered.press('alice-password-1', KEY.enter);
  return rendered;
}

describe('wukf tui against a real server', () => {
  it("shows the visitor's message to the signed-in agent, and the visitor gets the agent's reply", async () => {
    const server = await startTestServer({ routing: { assignment: 'final' }, agents: [{ username: 'alice', password: 'alice-password-1', displayName: 'Alice' }] });
    ui = await signIn(server.url);
    await ui.waitFor(['Alice · online', 'connected', 'Mine (0)']);

    visitor = sdkClient(server.wsUrl, await server.visitorToken());
    let conversationId = '';
    const heard = new Transcript(visitor, () => conversationId, () => visitor!.welcome?.you?.id ?? '');
    const typing: TypingEvent[] = [];
    visitor.on('typing', (t) => typing.push(t));
    await visitor.connect();
    conversationId = (await visitor.openConversation({ language: 'en', context: { plan: 'pro' } })).id!;
    await visitor.send(conversationId, 'my parcel is late');
    const visitorName = visitor.welcome!.you!.displayName!;

    await ui.waitFor(['Mine (1)', visitorName, '(1) waits']);
    await ui.press(KEY.enter);
    const chat = await ui.waitFor(`${visitorName}: my parcel is late`);
    expect(chat).toContain('language en');
    expect(chat).toContain('context: plan=pro');
    expect(chat).toContain('— Alice joined');

    await ui.press('sorry, let me check');
    await until(() => typing.some((t) => t.typing && t.participant?.id === 'alice'), [visitor], 'the visitor sees the agent typing');
    await ui.press(KEY.enter);
    await heard.waitFor(1);
    expect(heard.texts[0]).toMatchObject({ text: 'sorry, let me check', sender: 'alice' });

    // The visitor reads it: the agent's message gets its read mark.
    visitor.markRead(conversationId, heard.texts[0]!.seq);
    await ui.waitFor('you: sorry, let me check ✓✓');

    // The server goes away: the header says the link is down while the SDK tries again.
    await visitor.close();
    await server.stop();
    await ui.waitFor('reconnecting…');
  });

  it('lists the messages a visitor left while nobody could take them; enter claims one and the visitor finds the reply on return', async () => {
    // abandon_grace_s 0: a queued conversation leaves the queue as soon as its visitor's last connection closes.
    const server = await startTestServer({ routing: { assignment: 'final', abandon_grace_s: 0 }, agents: [{ username: 'alice', password: 'alice-password-1', displayName: 'Alice', maxConcurrent: 1 }] });
    const leaveMessage = async (token: string, text: string) => {
      const client = sdkClient(server.wsUrl, token);
      await client.connect();
      const { id } = await client.openConversation();
      await client.send(id!, text);
      const name = client.welcome!.you!.displayName!;
      await client.close();
      return { id: id!, name };
    };
    // Nobody is signed in: nobody can take it, and its visitor goes.
    const token = await server.visitorToken();
    const first = await leaveMessage(token, 'please call me back about my refund');

    ui = await signIn(server.url);
    await ui.waitFor(['Alice · online', 'Left messages (1)']);

    // mine -> queue -> left messages; enter claims the one under the cursor and opens its chat.
    await ui.press(KEY.tab, KEY.tab);
    // Beside the list, the one under the cursor: its visitor, and the message whole.
    await ui.waitFor(['enter claim and open', first.name, 'please call me back about my refund', '1 message']);
    await ui.press(KEY.enter);
    await ui.waitFor([`${first.name}: please call me back about my refund`, '— Alice joined', 'Left messages (0)']);
    await ui.press('Calling you in five minutes', KEY.enter);
    await ui.waitFor('you: Calling you in five minutes');

    // alice is full now (max_concurrent 1): the next visitor waits, goes, and the list shows it live.
    const second = await leaveMessage(await server.visitorToken(), 'is anyone there?');
    await ui.waitFor(['Left messages (1)', second.name]);

    visitor = sdkClient(server.wsUrl, token);
    await visitor.connect();
    const back = await visitor.openConversation({ continueLatest: true });
    expect(back).toMatchObject({ id: first.id, agent: { id: 'alice' } });
    const history = await visitor.history(first.id);
    expect(history.messages.at(-1)?.text).toBe('Calling you in five minutes');
  });
});
