/**
 * Install planning: the files `wukf init` writes (config, secrets, TLS pair, deployment files), the first
 * admin it creates, and the facts about the installed package they are rendered from. A re-run keeps what
 * exists unless told otherwise (scaffold.ts). The CLI, the bench and the tests set up a server directory
 * through this and nothing else.
 */
export { deployWarnings, renderDeployFiles, renderTemplate, type DeployContext, type DeployFile } from './deploy.js';
export { binPath, minNodeVersion, version } from './package.js';
export { applyScaffold } from './apply.js';
export { deliverAdminPassword, describePlan, describeScaffold } from './describe.js';
export { installedAdmins } from './existing.js';
export {
  planScaffold,
  type FileAction,
  type PlannedFile,
  type ScaffoldOptions,
  type ScaffoldPlan,
  type ScaffoldResult,
  type TlsChoice,
} from './scaffold.js';
