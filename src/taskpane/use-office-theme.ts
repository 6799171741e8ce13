import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { themeFor, type OfficeThemeColors } from './theme';

const FORCED_COLORS = '(forced-colors: active)';

const forcedColors = (): boolean => typeof window !== 'undefined' && (window.matchMedia?.(FORCED_COLORS).matches ?? false);

/** The Fluent theme for Office's theme, switching to high contrast when the system turns it on. */
export const useOfficeTheme = (office: OfficeThemeColors | undefined): Theme => {
  const [forced, setForced] = useState(forcedColors);
  useEffect(() => {
    const query = window.matchMedia?.(FORCED_COLORS);
    if (!query) return undefined;
    const update = () => setForced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return themeFor(office, forced);
};
