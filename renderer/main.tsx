import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBrowserSession } from './api/browser-session';
import { App } from './app/App';
import { setUpI18n } from './i18n/i18n';
// The Arabic face ships in the bundle (font-src 'self'): no machine is assumed to have one.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles/app.css';
import './styles/controls.css';
import './styles/alerts.css';
import './styles/lists.css';
import './styles/fields.css';
import './styles/narrow.css';
import './styles/people.css';
import './styles/backup.css';
import './styles/incidents.css';
import './styles/cover.css';
import './styles/calendar.css';
import './styles/hours.css';
import './styles/public-printing.css';
import './styles/closures.css';
import './styles/session-record.css';
import './styles/printables.css';
import './styles/resources.css';
import './styles/volunteer-import.css';
import './styles/print-resources.css';
import './styles/print-recovery-sheet.css';
import './styles/print-funder-report.css';
import './styles/print-rota.css';
import './styles/print-session-pages.css';
import './styles/print-lists.css';
import './styles/print-group-pages.css';
import './styles/print.css';

// Before anything else: take the browser host's token out of the address bar, and drop a
// session this page may not carry on (a restored or duplicated tab).
startBrowserSession();
const i18n = setUpI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
