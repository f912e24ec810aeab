import { afterEach, describe, expect, it } from 'vitest';
import { LoginPrompt } from '../src/tui/LoginPrompt.js';
import { KEY, renderTui, type RenderedTui } from './helpers/ink.js';

let ui: RenderedTui | undefined;
afterEach(() => ui?.unmount());

describe('the login prompt', () => {
  it('asks the username, then the password without echoing it, and signs in with both', async () => {
    const attempts: [string, string][] = [];
    ui = await renderTui(<LoginPrompt server="http://127.0.0.1:8600" login={async (u, p) => void attempts.push([u, p])} />);
    await ui.waitFor(['Sign in to http://127.0.0.1:8600', 'Username:']);
    await ui.press('alice');
    await ui.waitFor('alice');
    await ui.press(KEY.enter);
    await ui.waitFor('Password:');
    await ui.press('s3cret!');
    const typed = await ui.waitFor('*******');
    expect(typed).not.toContain('s3cret!');
    await ui.press(KEY.enter);
    await ui.waitFor('Signing in…');
    expect(attempts).toEqual([['alice', 's3cret!']]);
  });

  it('says why a sign-in failed and asks again from the username', async () => {
    const attempts: string[] = [];
    const login = async (username: string) => {
      attempts.push(username);
      throw new Error('wrong username or password');
    };
    ui = await renderTui(<LoginPrompt server="http://127.0.0.1:8600" login={login} />);
    await ui.press('bob');
    await ui.waitFor('bob');
    await ui.press(KEY.enter);
    await ui.waitFor('Password:');
    await ui.press('nope', KEY.enter);
    const refused = await ui.waitFor('Sign-in failed: wrong username or password');
    expect(refused).not.toContain('Password:');
    expect(attempts).toEqual(['bob']);
  });

  it('takes a line pasted with its newline (one chunk from the terminal) as typed and entered', async () => {
    const attempts: [string, string][] = [];
    ui = await renderTui(<LoginPrompt server="http://127.0.0.1:8600" login={async (u, p) => void attempts.push([u, p])} />);
    await ui.waitFor('Username:');
    await ui.press('alice\r');
    await ui.waitFor('Password:');
    await ui.press('pass', 'word 1\r');
    await ui.waitFor('Signing in…');
    expect(attempts).toEqual([['alice', 'password 1']]);
  });
});
