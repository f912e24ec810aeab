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
    await ui.waitFor('for good? y closes');
    await ui.press('y');
    await until(() => closed.length > 0, [visitor], 'the visitor learns the conversation was closed');
    await ui.press(KEY.esc);
    await ui.waitFor((f) => f.includes('[4 Sessions]') && !f.includes(visitorName));
  });

  it('assigns a queued conversation from Sessions; refused at capacity, o hands it over anyway and the agent gets it', async () => {
    const server = await startTestServer({ agents: [{ username: 'alice', password: 'alice-password-1', displayName: 'Alice', maxConcurrent: 1 }] });
    const alice = sdkClient(server.wsUrl, await server.login('alice', 'alice-password-1'));
    const first = sdkClient(server.wsUrl, await server.visitorToken());
    visitor = sdkClient(server.wsUrl, await server.visitorToken());
    const joined: ConversationSnapshot[] = [];
    alice.on('conversation', (s) => joined.push(s));
    try {
      await Promise.all([alice.connect(), first.connect(), visitor.connect()]);
      // Alice is full: she has one conversation and may have one.
      await alice.claim((await first.openConversation()).id!);
      const conversationId = (await visitor.openConversation()).id!;
      await visitor.send(conversationId, 'my parcel never came');
      const visitorName = visitor.welcome!.you!.displayName!;

      wiring = agentConsole(server.url, await server.adminToken());
      ui = await renderTui(<App {...wiring.props(() => undefined)} />);
      await ui.waitFor(['[1 Health]', 'connected']);
      await ui.press('4');
      await ui.waitFor((f) => f.includes(visitorName) && f.includes('my parcel never came'));
      const rowOf = (f: string) => f.split('\n').find((l) => l.includes(visitorName)) ?? '';
      // The filter leaves the waiting visitor's row alone under the cursor.
      await ui.press('/', ...visitorName, KEY.enter);
      await ui.waitFor((f) => f.includes(`filter: "${visitorName}"`) && !f.includes('Alice'));
      await ui.press('t');
      await ui.waitFor(`Assign ${visitorName}`);
      await ui.press(...'alice', KEY.enter);
      await ui.waitFor('Note for them');
      await ui.press(...'lost parcel', KEY.enter);
      await ui.waitFor('o: hand it over anyway');
      await ui.press('o');
      await ui.waitFor('over capacity, handed to alice');
      await ui.waitFor((f) => /Alice\s+active/.test(rowOf(f)));
      await until(() => joined.some((s) => s.id === conversationId && s.state === ConversationState.CONVERSATION_STATE_ACTIVE), [alice], 'alice gets the conversation');
    } finally {
      await Promise.all([alice.close(), first.close()]);
    }
  });
});
