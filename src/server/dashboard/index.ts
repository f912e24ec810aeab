export { Dashboard, type DashboardDeps } from './dashboard.js';
export { HealthProbe, type HealthSources } from './health.js';
