import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../utils/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.diplolensBoot = '1';
  },
});
