// Loaded with `node --import` into the console the walkthrough starts: the demo host name (WUKF_DEMO_HOST)
// resolves to 127.0.0.1, as an /etc/hosts line would make it on the operator's machine. The walkthrough edits
// nothing outside its scratch directory, /etc/hosts included.
import dns from 'node:dns';

const name = process.env.WUKF_DEMO_HOST;
const lookup = dns.lookup;
dns.lookup = function lookupDemoHost(hostname, options, callback) {
  if (hostname !== name) return lookup.call(this, hostname, options, callback);
  const cb = typeof options === 'function' ? options : callback;
  const all = typeof options === 'object' && options !== null && options.all;
  process.nextTick(() => (all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
};
