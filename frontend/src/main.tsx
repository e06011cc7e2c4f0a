import '@gouvfr-lasuite/cunningham-react/style';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// The font and icon stylesheets embed their fonts (≈ 600 KB): load them after the first paint
// rather than blocking it. Text shows in the fallback font meanwhile.
void import('./app/fonts');

// No <StrictMode>: its double mounting makes react-modal (under Cunningham's Modal) leave
// aria-hidden on the whole application after a dialog closes, so development would behave
// differently from production.
createRoot(document.getElementById('root')!).render(<App />);
