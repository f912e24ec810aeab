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

describe('wukf tui against a real server', () => {
  it("shows the visitor's message to the signed-in agent, and the visitor gets the agent's reply", async () => {
    const server = await startTestServer({ routing: { assignment: 'final' }, agents: [{ username: 'alice', password: 'alice-password-1', displayName: 'Alice' }] });
    wiring = agentConsole(server.url);
    ui = await renderTui(<App {...wiring.props(() => undefined)} />);

    await ui.waitFor('Username:');
    await ui.press('alice');
    await ui.waitFor('alice');
    await ui.press(KEY.enter);
    await ui.waitFor('Password:');
    await ui.press('alice-password-1', KEY.enter);
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
});
