import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would otherwise try to launch its own browser; `npm start` drives Chromium itself.
export default defineWebExtConfig({ disabled: true });
