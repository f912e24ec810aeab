import { afterEach, describe, expect, it } from 'vitest';
import { ConversationState, type ConversationSnapshot, type WukfClient } from '../src/client/index.js';
import { App } from '../src/tui/App.js';
import { agentConsole, type AgentConsoleWiring } from '../src/tui/console.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';
import { sdkClient, until } from './helpers/sdk.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

/*
 * The admin dashboard against a real server in this process: the admin's console subscribes to the dashboard
 * stream, a visitor (the SDK) opens a conversation nobody can take, and it shows up under Queues and Sessions;
 * the admin watches it and closes it.
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

describe('the admin dashboard against a real server', () => {
  it("shows a visitor's conversation in Queues and Sessions, its transcript, and closes it", async () => {
    const server = await startTestServer({ agents: [{ username: 'alice', password: 'alice-password-1', displayName: 'Alice' }] });
    wiring = agentConsole(server.url, await server.adminToken());
    ui = await renderTui(<App {...wiring.props(() => undefined)} />);
    await ui.waitFor(['[1 Health]', 'connected', 'server', 'wukf test']);

    visitor = sdkClient(server.wsUrl, await server.visitorToken());
    const closed: ConversationSnapshot[] = [];
    visitor.on('conversation', (s) => s.state === ConversationState.CONVERSATION_STATE_CLOSED && closed.push(s));
    await visitor.connect();
    const conversationId = (await visitor.openConversation({ language: 'en' })).id!;
    await visitor.send(conversationId, 'is anybody there?');
    const visitorName = visitor.welcome!.you!.displayName!;

    // Alice is offline: the conversation waits in the queue of no group.
    await ui.press('2');
    const queues = await ui.waitFor((f) => /\(no group\)\s+1\s/.test(f));
    expect(queues).toContain('[2 Queues]');

    await ui.press('4');
    const sessions = await ui.waitFor((f) => f.includes(visitorName) && f.includes('is anybody there?'));
    expect(sessions.split('\n').find((l) => l.includes(visitorName))).toMatch(/queued/);

    await ui.press(KEY.enter);
    await ui.waitFor([`${visitorName}: is anybody there?`, 'read-only']);
    await visitor.send(conversationId, 'hello?');
    await ui.waitFor(`${visitorName}: hello?`);

    await ui.press('x');
    await ui.waitFor('Close this conversation for good?');
    await ui.press('y');
    await until(() => closed.length > 0, [visitor], 'the visitor learns the conversation was closed');
    await ui.press(KEY.esc);
    await ui.waitFor((f) => f.includes('[4 Sessions]') && !f.includes(visitorName));
  });
});
