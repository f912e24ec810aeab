// Signs a wukf visitor identity in a Node backend (docs/auth.md, "Visitors your app vouches for").
// Usage: WUKF_IDENTITY_KEY="$(cat /etc/wukf/secrets/identity-hmac.key)" node sign-identity.mjs <userId> [displayName]
// Prints the JSON body your app sends to POST /api/v1/visitors.
import { createHmac } from 'node:crypto';

function signIdentity(key, userId, displayName) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', key).update(`${userId}:${timestamp}`).digest('hex');
  return { userId, timestamp, signature, displayName: displayName ?? userId };
}

const key = process.env.WUKF_IDENTITY_KEY;
const [userId, displayName] = process.argv.slice(2);
if (!key || !userId) {
  console.error('usage: WUKF_IDENTITY_KEY=<key> node sign-identity.mjs <userId> [displayName]');
  process.exit(64);
}
console.log(JSON.stringify(signIdentity(key, userId, displayName)));
