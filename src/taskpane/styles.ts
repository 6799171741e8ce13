import { makeStaticStyles, tokens } from '@fluentui/react-components';

/** Layout for the narrow task pane (320-450 px): one column, Fluent tokens only, so themes apply. */
export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  '.opora-app': {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '300px',
    maxWidth: '100%',
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  '.opora-header, .opora-toolbar': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  '.opora-step, .opora-settings, .opora-mapping, .opora-outputs, .opora-fieldset': {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  '.opora-step': { paddingTop: tokens.spacingVerticalS },
  '.opora-fieldset': {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  '.opora-progress': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  '.opora-preview': { overflowX: 'auto', maxWidth: '100%' },
  // Generated sheets are wide: the preview scrolls sideways, each cell is one line (full text in its title).
  '.opora-preview table': { width: 'max-content', minWidth: '100%', tableLayout: 'auto' },
  '.opora-preview td, .opora-preview th': { maxWidth: '14em', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  '.opora-tabs': { flexWrap: 'wrap' },
  '.opora-actions': { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  '.opora-figure': { margin: 0 },
  '.opora-figure svg': { maxWidth: '100%', height: 'auto' },
  '.opora-pairs': { paddingLeft: '1.2em', margin: 0 },
  '.opora-problems, .opora-adjustments': { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
  '.opora-problems li, .opora-adjustments li': { marginBottom: tokens.spacingVerticalXS },
  'table': { tableLayout: 'auto' },
});
