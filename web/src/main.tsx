import { render } from 'preact';
import { App } from './app.tsx';
import { loadConfig } from './config.ts';
import './styles.css';

const root = document.getElementById('app') as HTMLElement;
loadConfig().then(
  () => render(<App />, root),
  (error) => {
    root.innerHTML = '';
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `The console could not start: ${error instanceof Error ? error.message : error}`;
    root.append(message);
  },
);
