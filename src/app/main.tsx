/** The full site's entry: read the deep link, create the one store, start the simulated server, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startServer } from '../server';
import { createWidgetStore } from '../ui/Widget';
import { applyStack } from '../ui/middleware/apply';
import '../ui/theme.css';
import { App } from './App';
import { parseParams } from './params';

const params = parseParams(window.location.search, navigator.language);
const store = createWidgetStore(params);
if (params.mw) applyStack(store, params.mw, params.step);
document.documentElement.lang = params.lang;

void startServer();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
