export { anonymousVisitorId, identifiedVisitorId, signIdentity, verifyIdentity, USER_ID_PATTERN, type IdentityClaim } from './identity.js';
export { normaliseOrigin, OriginPolicy, ownOrigins } from './origins.js';
export { generatePassword, hashPassword, verifyPassword } from './password.js';
export { SUBPROTOCOL, TOKEN_SUBPROTOCOL_PREFIX, presentedToken } from './presented-token.js';
export type { Principal } from './principal.js';
export {
  AuthService,
  originForbidden,
  type AuthServiceOptions,
  type LoginResult,
  type VisitorRequest,
  type VisitorResult,
} from './service.js';
export { addressGroup, clientAddress, trustProxies, type TrustProxy } from './client-address.js';
export { KNOWN_ADDRESS_MS, LOGIN_FORGET_MS, LoginThrottle, type Lockout } from './login-throttle.js';
export { delayAfter, FailureBackoff, FIRST_DELAY_MS } from './throttle.js';
export { UsedSignatures } from './used-signatures.js';
export { issueToken, MAX_TOKEN_LENGTH, TOKEN_KINDS, verifyToken, type TokenClaims, type TokenKind, type TokenSubject } from './tokens.js';
