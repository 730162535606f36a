/**
 * The popup's strings for collected posts, Insights and citations: a dictionary of their own, so the content script
 * (which bundles utils/i18n/messages.ts) does not carry them.
 */
import { useUiLanguage } from '../common/i18n';

const en = {
  'tab.posts': 'Posts',
  insights: 'Insights',
  'collect.page': 'Collect the posts on this page ({count})',
  'collect.running': 'Collecting posts… {done} of {total}',
  'collect.cancel': 'Cancel',
  'collect.done': 'Collected {done} posts ({added} new).',
  'collect.cancelled': 'Stopped. {done} posts were collected.',
  'collect.failed': 'Collecting stopped: {message}',
  'collect.progress': 'Progress of collecting the posts on this page',
  'posts.search': 'Search collected posts',
  'posts.searchPlaceholder': 'Search posts, authors…',
  'posts.count': '{shown} of {total} posts',
  'posts.more': 'Showing the first {count}: search or filter to narrow down.',
  'posts.empty':
    'No collected posts yet. Use ☆ Collect beside a post, the concept card, the context menu or Alt+Shift+P.',
  'posts.noMatch': 'No collected post matches.',
  'posts.open': 'Open the post',
  'posts.delete': 'Delete',
  'posts.deleteLabel': 'Delete the post by {author}',
  'posts.deleted': 'Post deleted.',
  'posts.restored': 'Post restored.',
  'posts.error': 'Something went wrong: {message}',
  'posts.concepts': 'Concepts',
  'cite.button': 'Cite',
  'cite.label': 'Citation',
  'cite.style': 'Style',
  'cite.copy': 'Copy',
  'cite.copied': 'Citation copied.',
  'cite.loading': 'Formatting…',
  'cite.download': 'Download {format}',
};
type Key = keyof typeof en;
const zh: Record<Key, string> = {
  'tab.posts': '帖子',
  insights: '洞察',
  'collect.page': '收藏本页的帖子（{count} 条）',
  'collect.running': '正在收藏帖子…… {done} / {total}',
  'collect.cancel': '取消',
  'collect.done': '已收藏 {done} 条帖子（新增 {added} 条）。',
  'collect.cancelled': '已停止。已收藏 {done} 条帖子。',
  'collect.failed': '收藏中止：{message}',
  'collect.progress': '收藏本页帖子的进度',
  'posts.search': '搜索收藏的帖子',
  'posts.searchPlaceholder': '搜索帖子、作者……',
  'posts.count': '共 {total} 条帖子，显示 {shown} 条',
  'posts.more': '只显示前 {count} 条：请用搜索或筛选缩小范围。',
  'posts.empty': '还没有收藏的帖子。可用帖子旁的“☆ 收藏”、概念卡片、右键菜单或 Alt+Shift+P 收藏。',
  'posts.noMatch': '没有符合条件的帖子。',
  'posts.open': '打开帖子',
  'posts.delete': '删除',
  'posts.deleteLabel': '删除 {author} 的帖子',
  'posts.deleted': '帖子已删除。',
  'posts.restored': '帖子已恢复。',
  'posts.error': '出错了：{message}',
  'posts.concepts': '概念',
  'cite.button': '引用',
  'cite.label': '引文',
  'cite.style': '格式',
  'cite.copy': '复制',
  'cite.copied': '引文已复制。',
  'cite.loading': '正在生成……',
  'cite.download': '下载 {format}',
};

export type ResearchT = (key: Key, params?: Record<string, string | number>) => string;

export function researchT(lang: 'zh' | 'en'): ResearchT {
  const dict = lang === 'zh' ? zh : en;
  return (key, params) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

export function useResearchT(): ResearchT {
  return researchT(useUiLanguage() === 'zh-CN' ? 'zh' : 'en');
}
