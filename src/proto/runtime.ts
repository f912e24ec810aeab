import protobuf from 'protobufjs/minimal.js';

/*
 * Seqs and millisecond timestamps are uint64/int64 on the wire and plain numbers in wukf (exact up to 2^53,
 * which neither will reach). pbjs --force-number only changes the generated types: at run time protobufjs
 * still reads 64-bit fields as Long objects, and bakes Long defaults into the generated prototypes when
 * ./wukf.js is evaluated, whenever the `long` package is installed — and it always is, as protobufjs
 * depends on it. Switching Long off here, in a module index.ts imports before ./wukf.js, makes them
 * numbers. protobufjs/minimal is one shared instance per process, so this holds process-wide.
 */
protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();
