/**
 * Task pane bootstrap: Office.onReady decides the host. In Excel the port is Office.js; anywhere
 * else (plain browser, Р7-Офис / LibreOffice users, e2e tests) it is an .xlsx file in memory,
 * loaded on demand so the Excel task pane bundle does not carry ExcelJS.
 */
import { createRoot } from 'react-dom/client';
import type { Language } from '../i18n';
import { App, type AppProps } from './App';
import type { OfficeThemeColors } from './theme';
import { useOfficeTheme } from './use-office-theme';

const SAMPLE_URL = 'sample/opora-sample.xlsx';
const LANGUAGE_KEY = 'opora.language';

const storedLanguage = (): Language => {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
};

const rememberLanguage = (language: Language) => {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode, some Office webviews): the choice then lasts the session.
  }
};

const officeReady = async (): Promise<{ host: Office.HostType | null }> => {
  if (typeof Office === 'undefined') return { host: null };
  const info = await Office.onReady();
  return { host: info.host ?? null };
};

const officeTheme = (): OfficeThemeColors | undefined => {
  try {
    return Office.context?.officeTheme as OfficeThemeColors | undefined;
  } catch {
    return undefined;
  }
};

const ThemedApp = ({ office, ...props }: Omit<AppProps, 'theme'> & { office?: OfficeThemeColors }) => (
  <App {...props} theme={useOfficeTheme(office)} />
);

const start = async () => {
  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const { host } = await officeReady();
  const common = { language: storedLanguage(), onLanguageChange: rememberLanguage };

  if (typeof Office !== 'undefined' && host === Office.HostType.Excel) {
    const { excelServices } = await import('./wiring');
    root.render(<ThemedApp {...common} services={await excelServices()} office={officeTheme()} />);
    return;
  }
  const { openBrowserWorkbook } = await import('./wiring');
  const { services, browser } = await openBrowserWorkbook(SAMPLE_URL);
  root.render(<ThemedApp {...common} services={services} browser={browser} />);
};

void start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = `Опора не запустилась: ${message}. Обновите страницу; если ошибка повторяется, сообщите разработчикам.`;
});
