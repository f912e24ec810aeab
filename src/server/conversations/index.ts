export { ConversationCore, type AgentDirectory, type ConversationCoreDeps, type MessageDraft, type OpenRequest, type PreCommitContext, type PreCommitHook } from './core.js';
export { CommittedStream, type Committed, type CommittedListener, type ConversationChanged, type MessageStored, type Origin, type ReceiptMoved } from './events.js';
export { Lane, type LaneOperation } from './lane.js';
export { WaitingQueue, INITIAL_AVERAGE_WAIT_S, type QueuePosition } from './queue.js';
