export * from './i18n';
export { en, MESSAGES, type MessageKey, type Messages, zhCN } from './messages';
