import type { Language } from './config.js';

/** Every word the widget shows or announces, in both languages. */
export interface Strings {
  title: string;
  open: string;
  close: string;
  unread: (n: number) => string;
  messages: string;
  compose: string;
  send: string;
  older: string;
  sending: string;
  sent: string;
  delivered: string;
  read: string;
  you: string;
  agent: string;
  typing: (name: string) => string;
  queue: (position: number, waitMin: number) => string;
  connecting: string;
  offline: string;
  joined: (name: string) => string;
  transferred: (name: string) => string;
  requeued: string;
  closed: string;
  expired: string;
  failed: string;
  refused: string;
  leaveTitle: string;
  leaveIntro: string;
  name: string;
  contact: string;
  message: string;
  leaveSend: string;
  leaveThanks: string;
  leaveMessage: (name: string, contact: string, message: string) => string;
  newMessage: string;
}

const en: Strings = {
  title: 'Chat with us',
  open: 'Open chat',
  close: 'Close chat',
  unread: (n) => `${n} unread`,
  messages: 'Messages',
  compose: 'Type a message',
  send: 'Send',
  older: 'Show earlier messages',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  you: 'You',
  agent: 'Agent',
  typing: (name) => `${name} is typing…`,
  queue: (p, m) => `You are number ${p} in line. Estimated wait: about ${m} min.`,
  connecting: 'Connecting…',
  offline: 'Connection lost. Reconnecting…',
  joined: (name) => `${name} joined the conversation`,
  transferred: (name) => `You were transferred to ${name}`,
  requeued: 'Waiting for the next available agent',
  closed: 'The conversation has ended. Write again to start a new one.',
  expired: 'The conversation expired. Write again to start a new one.',
  failed: 'Not sent',
  refused: 'This chat could not start: sign in to the site again, then reload the page.',
  leaveTitle: 'Leave a message',
  leaveIntro: 'Nobody is available right now. Leave your contact and we will get back to you.',
  name: 'Name',
  contact: 'Email or phone',
  message: 'Message',
  leaveSend: 'Send message',
  leaveThanks: 'Thank you. We will get back to you.',
  leaveMessage: (name, contact, message) => `[Message left] Name: ${name}\nContact: ${contact}\n${message}`,
  newMessage: 'New message',
};

const zh: Strings = {
  title: '在线客服',
  open: '打开客服对话',
  close: '关闭客服对话',
  unread: (n) => `${n} 条未读`,
  messages: '消息',
  compose: '输入消息',
  send: '发送',
  older: '查看更早的消息',
  sending: '发送中',
  sent: '已发送',
  delivered: '已送达',
  read: '已读',
  you: '我',
  agent: '客服',
  typing: (name) => `${name} 正在输入…`,
  queue: (p, m) => `您前面还有 ${p - 1} 位，您排在第 ${p} 位，预计等待约 ${m} 分钟。`,
  connecting: '正在连接…',
  offline: '连接已断开，正在重新连接…',
  joined: (name) => `${name} 已加入对话`,
  transferred: (name) => `已为您转接给 ${name}`,
  requeued: '正在等待下一位客服',
  closed: '对话已结束。再次发送消息即可开始新的对话。',
  expired: '对话已过期。再次发送消息即可开始新的对话。',
  failed: '发送失败',
  refused: '无法开始对话：请重新登录网站后刷新页面。',
  leaveTitle: '留言',
  leaveIntro: '当前没有客服在线。请留下联系方式，我们会尽快回复您。',
  name: '姓名',
  contact: '邮箱或电话',
  message: '留言内容',
  leaveSend: '提交留言',
  leaveThanks: '感谢留言，我们会尽快联系您。',
  leaveMessage: (name, contact, message) => `[留言] 姓名：${name}\n联系方式：${contact}\n${message}`,
  newMessage: '新消息',
};

export function stringsFor(language: Language): Strings {
  return language === 'zh-CN' ? zh : en;
}
