export { anonymousVisitorId, identifiedVisitorId, signIdentity, verifyIdentity, USER_ID_PATTERN, type IdentityClaim } from './identity.js';
export { normaliseOrigin, OriginPolicy, ownOrigins } from './origins.js';
export { generatePassword, hashPassword, verifyPassword } from './password.js';
export { SUBPROTOCOL, TOKEN_SUBPROTOCOL_PREFIX, presentedToken } from './presented-token.js';
export type { Principal } from './principal.js';
export {
  AuthService,
  LOGIN_IP_FACTOR,
  LOGIN_WINDOW_MS,
  originForbidden,
  type AuthServiceOptions,
  type LoginResult,
  type VisitorRequest,
  type VisitorResult,
} from './service.js';
export { SlidingWindowThrottle, type ThrottleDecision } from './throttle.js';
export { issueToken, MAX_TOKEN_LENGTH, TOKEN_KINDS, verifyToken, type TokenClaims, type TokenKind, type TokenSubject } from './tokens.js';
