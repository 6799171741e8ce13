/**
 * The functions bundle's entry: binds every catalogue id to its wrapper. functions.json is written from
 * the catalogue (metadata.ts), so the associations are made here rather than injected by the JSDoc plugin.
 */
import { FUNCTIONS } from './catalogue';
import { FUNCTION_IMPLEMENTATIONS } from './implementations';

if (typeof CustomFunctions !== 'undefined') {
  for (const fn of FUNCTIONS) CustomFunctions.associate(fn.id, FUNCTION_IMPLEMENTATIONS[fn.id]);
}
