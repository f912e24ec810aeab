import type { Config } from '../config/index.js';
import type { Bus } from './bus.js';
import { InProcessBus } from './in-process-bus.js';

/** The bus wukf.yaml's cluster.bus names. Redis or NATS will be further cases here. */
export function createBus(config: Pick<Config, 'cluster'>): Bus {
  switch (config.cluster.bus) {
    case 'in-process':
      return new InProcessBus();
  }
}
