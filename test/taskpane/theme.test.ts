import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme';

describe('themeFor', () => {
  it('follows the system high contrast setting first', () => {
    expect(themeFor({ isDarkTheme: true }, true)).toBe(teamsHighContrastTheme);
    expect(themeFor(undefined, true)).toBe(teamsHighContrastTheme);
  });

  it('uses Office’s dark flag when it has one', () => {
    expect(themeFor({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, false)).toBe(webDarkTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: '#000000' }, false)).toBe(webLightTheme);
  });

  it('otherwise reads the body background: dark below half luminance', () => {
    expect(themeFor({ bodyBackgroundColor: '#262626' }, false)).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#7f7f7f' }, false)).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: '#808080' }, false)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: 'not a colour' }, false)).toBe(webLightTheme);
  });

  it('is light outside Office', () => {
    expect(themeFor(undefined, false)).toBe(webLightTheme);
  });
});
