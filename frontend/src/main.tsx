import '@gouvfr-lasuite/cunningham-react/style';
import './app/fonts';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// No <StrictMode>: its double mounting makes react-modal (under Cunningham's Modal) leave
// aria-hidden on the whole application after a dialog closes, so development would behave
// differently from production.
createRoot(document.getElementById('root')!).render(<App />);
