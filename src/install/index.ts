/**
 * Install planning: the files `wukf init` writes (config, secrets, TLS pair, deployment files), the first
 * admin it creates, and the facts about the installed package they are rendered from. The CLI, the bench and
 * the tests set up a server directory through this and nothing else.
 */
export { deployWarnings, renderDeployFiles, renderTemplate, type DeployContext, type DeployFile } from './deploy.js';
export { binPath, minNodeVersion, version } from './package.js';
export {
  applyScaffold,
  deliverAdminPassword,
  describeScaffold,
  planScaffold,
  type PlannedFile,
  type ScaffoldOptions,
  type ScaffoldPlan,
  type ScaffoldResult,
  type TlsChoice,
} from './scaffold.js';
