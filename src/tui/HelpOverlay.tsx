import { KeyTable } from './KeyTable.js';

const KEYS: [string, string][] = [
  ['tab / shift-tab', 'next / previous pane (offers, mine, queue, left, chat)'],
  ['j k / ↑ ↓', 'move in a list'],
  ['enter', 'offers: accept · mine: open the chat · queue: claim'],
  ['left: enter', 'claim a left message and open the chat'],
  ['a', 'accept the offer (the one under its cursor), from any list'],
  ['s', 'status: online ⇄ away'],
  ['t', 'transfer the conversation (agent, or group:<name>) with a note'],
  ['x', 'close the conversation'],
  ['chat: enter', 'send what you typed'],
  ['chat: pgup pgdn', 'older / newer history (also ctrl-u ctrl-d)'],
  ['chat: ctrl-t ctrl-x', 'transfer / close'],
  ['esc', 'leave the chat or a form'],
  ['d', 'admins: back to the dashboard'],
  ['?', 'this help (any key closes it)'],
  ['q / ctrl-c', 'quit'],
];

export function HelpOverlay() {
  return <KeyTable title="Keys" keys={KEYS} keyWidth={20} grow />;
}
