import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the notes and messaging modules (utils/background/).
});
