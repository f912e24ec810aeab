export { ConversationCore, type AgentDirectory, type ConversationCoreDeps, type OpenRequest } from './core.js';
export { MessageOperation, type MessageDraft, type PreCommitContext, type PreCommitHook, type SendReply } from './message.js';
export { CommittedStream, type Committed, type CommittedListener, type ConversationChanged, type MessageStored, type Origin, type ReceiptMoved } from './events.js';
export { Lane, type LaneOperation, type LaneTask } from './lane.js';
export { WaitingQueue, INITIAL_AVERAGE_WAIT_S, type QueuePosition } from './queue.js';
export { OpenBudget, QUEUE_FULL_RETRY_MS, UNLIMITED_BUDGETS, type QueueBudgets } from './open-budget.js';
export { closeSelected, type CloseOutcome, type CloseSelection } from './operator.js';
