import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The subset of Office.OfficeTheme the choice needs (absent outside Office). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

const luminance = (hex: string): number | null => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
};

/**
 * Office has no "high contrast" flag: its high contrast themes paint the body pure black or white
 * with pure foreground colours, so the choice follows the OS setting (forced-colors) when known.
 */
export const themeFor = (office: OfficeThemeColors | undefined, forcedColors: boolean): Theme => {
  if (forcedColors) return teamsHighContrastTheme;
  if (!office) return webLightTheme;
  if (office.isDarkTheme !== undefined) return office.isDarkTheme ? webDarkTheme : webLightTheme;
  const l = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
};
