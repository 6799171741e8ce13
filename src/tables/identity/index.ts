export * from './types';
export * from './names';
export { resolveIdentities, type Resolution } from './resolve';
export { applyIdentities, type IdentityStep } from './apply';
export { schoolResolver, type SchoolReference } from './reference';
