import { KeyTable } from './KeyTable.js';

const KEYS: [string, string][] = [
  ['tab / 1-4', 'next pane / Health, Queues, Agents, Sessions'],
  ['j k / ↑ ↓', 'move in a list'],
  ['enter', 'Sessions: watch the conversation (read-only)'],
  ['t', 'Sessions or a conversation: transfer it (queued: assign it)'],
  ['o', 'after "at capacity": hand it over anyway'],
  ['x', 'Sessions or a conversation: close it (asks first)'],
  ['pgup', 'in a conversation: older messages'],
  ['esc', 'leave the conversation, the filter or this help'],
  ['/', 'filter the list by any text in its rows'],
  ['c', 'the agent console (d comes back)'],
  ['?', 'this help (any key closes it)'],
  ['q / ctrl-c', 'quit'],
];

/** The dashboard's keys. */
export function DashboardHelp() {
  return <KeyTable title="Dashboard keys" keys={KEYS} keyWidth={14} />;
}
