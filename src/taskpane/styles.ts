import { makeStaticStyles, tokens } from '@fluentui/react-components';

/** Layout for the narrow task pane (320-450 px): one column, Fluent tokens only, so themes apply. */
export const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  '.opora-app': {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    // Long file and school names break rather than push the pane sideways.
    overflowWrap: 'anywhere',
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
  // The pane is 320-450 px: every control takes the width it is given, never its longest option's.
  '.opora-app *': { minWidth: 0, boxSizing: 'border-box' },
  '.opora-app select, .opora-app input, .fui-Select, .fui-Input, .fui-Field, .fui-Dropdown': { maxWidth: '100%' },
  '.opora-step > *, .opora-mapping > *, .opora-settings > *, .opora-fieldset > *, .opora-outputs > *': { maxWidth: '100%' },
  '.fui-MessageBar, .fui-MessageBarBody, .fui-MessageBarTitle': { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
  '.fui-AccordionHeader__button': { whiteSpace: 'normal', textAlign: 'start', height: 'auto', minHeight: '32px' },
  '.opora-table': { width: '100%', tableLayout: 'fixed' },
  '.opora-table td, .opora-table th': { whiteSpace: 'normal', overflowWrap: 'break-word', verticalAlign: 'top', height: 'auto' },
  '.opora-preview': { overflowX: 'auto', maxWidth: '100%' },
  // Generated sheets are wide: the preview scrolls sideways inside its box; short cells stay on one line,
  // long texts (school names, explanations) wrap, and each cell's full text is its tooltip.
  '.opora-preview table': { width: 'max-content', minWidth: '100%', tableLayout: 'auto' },
  '.opora-preview td, .opora-preview th': { maxWidth: '16em', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'top', height: 'auto' },
  '.opora-preview td.opora-wrap, .opora-preview th': { whiteSpace: 'normal', overflowWrap: 'break-word', minWidth: '4ch' },
  '.opora-preview td.opora-section': { maxWidth: 'none', whiteSpace: 'normal', fontWeight: tokens.fontWeightSemibold },
  '.opora-subject summary': { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` },
  '.opora-subject[open]': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  '.opora-legend': { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  '.opora-tabs': { flexWrap: 'wrap' },
  '.opora-problems, .opora-adjustments': { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
  '.opora-problems li, .opora-adjustments li': { marginBottom: tokens.spacingVerticalXS },
  'table': { tableLayout: 'auto' },
});
