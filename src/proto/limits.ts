/**
 * The protocol's fixed limits, the same for every server (the configurable ones travel in Welcome.limits).
 * docs/protocol.md lists each with what breaching it gets.
 */

/** conversation_id, client_message_id, to_agent, context keys: at most this many characters. */
export const MAX_ID_LENGTH = 128;
/** Cursors in one Hello. */
export const MAX_CURSORS = 200;
/** Entries in a HistoryPage when HistoryRequest.limit is 0, and at most. */
export const DEFAULT_HISTORY_PAGE = 50;
export const MAX_HISTORY_PAGE = 200;
/** OpenConversation.context: entries, and characters per value. */
export const MAX_CONTEXT_ENTRIES = 32;
export const MAX_CONTEXT_VALUE = 1024;
/** A close reason or transfer note is cut to this many characters. */
export const MAX_NOTE_LENGTH = 500;
/**
 * The largest seq (and cursor) the protocol carries: seqs are uint64 on the wire and exact numbers in
 * JavaScript up to 2^53 - 1. A larger one in a frame is refused, never rounded.
 */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER;
