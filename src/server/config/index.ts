export { configSchema, configSpec, defaultConfig, eachKey, hostSchema, portSchema, type Config, type KeySpec, type SectionSpec } from './spec.js';
export { CONFIG_FILE_NAME, envOverrides, loadConfig, parseConfig, resolvePaths, type LoadedConfig } from './load.js';
export { renderConfig } from './render.js';
