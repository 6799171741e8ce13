export * from './types';
export * from './names';
export { resolveIdentities, type Resolution } from './resolve';
export { applyIdentities } from './apply';
export { schoolResolver, type SchoolReference } from './reference';
