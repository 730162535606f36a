import { render } from 'preact';

function Options() {
  return <main>DiploLens</main>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
