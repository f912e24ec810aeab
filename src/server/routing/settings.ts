import type { RoutingConfig } from '../config/routing-keys.js';
import type { RoutingSettings } from './types.js';

/** The core's settings from wukf.yaml's routing section. */
export function routingSettings(config: RoutingConfig): RoutingSettings {
  return {
    weights: { ...config.weights },
    stickyMaxUsers: config.sticky_max_users,
    stickyTtlMs: config.sticky_ttl_s * 1000,
    fallbackAgent: config.fallback_agent === '' ? null : config.fallback_agent,
    fairnessWindowMs: config.fairness_window_s * 1000,
    runnersUp: config.explain_runners_up,
  };
}
