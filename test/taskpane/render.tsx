import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../src/i18n';
import { LanguageProvider } from '../../src/taskpane/i18n-context';

/** Renders a task pane component inside the providers the app gives it. */
export const renderPane = (ui: ReactElement, language: Language = 'ru') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language={language}>{ui}</LanguageProvider>
    </FluentProvider>,
  );

/** Without jest-dom: a control is disabled when the DOM says so (Fluent buttons may use aria-disabled). */
export const isDisabled = (el: HTMLElement): boolean =>
  (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
