import { afterEach, describe, expect, it } from 'vitest';
import { issueToken } from '../src/server/auth/tokens.js';
import { readSecret } from '../src/server/secrets.js';
import { cleanupTestServers, startTestServer } from './helpers/server.js';

describe('token expiry on an open connection', () => {
  afterEach(cleanupTestServers);

  it('closes a connection with 4401 WUKF_E_TOKEN_EXPIRED once its token expires, and leaves the others open', async () => {
    const srv = await startTestServer();
    const key = readSecret(srv.config.paths.tokenSigningKey);
    // Expiry is in whole seconds: this token runs out one to two seconds from now.
    const shortLived = issueToken(key, { kind: 'visitor', sub: 'v_short', name: 'Short' }, Date.now(), 2);
    const short = await srv.raw(shortLived.token);
    await short.hello();
    const other = await srv.raw(await srv.visitorToken());
    await other.hello();

    const closed = await short.closed;
    expect(closed.code).toBe(4401);
    expect(short.frames.at(-1)).toMatchObject({ body: 'error', error: { code: 'WUKF_E_TOKEN_EXPIRED' } });
    expect(Date.now()).toBeGreaterThanOrEqual(shortLived.claims.exp * 1000);
    expect(other.closeCode).toBeUndefined();
    expect(await other.request({ openConversation: {} })).toMatchObject({ body: 'conversation' });
  });
});
