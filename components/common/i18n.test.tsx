import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useT } from './i18n';

function Title() {
  const t = useT();
  return <h1>{t('options.title')}</h1>;
}

describe('useT', () => {
  it('translates with the provided language and defaults to English', () => {
    const host = document.createElement('div');
    render(
      <I18nProvider lang="zh-CN">
        <Title />
      </I18nProvider>,
      host,
    );
    expect(host.textContent).toBe('外交透镜设置');
    const plain = document.createElement('div');
    render(<Title />, plain);
    expect(plain.textContent).toBe('DiploLens settings');
  });
});
