/**
 * `@csp-move/validator/import`: Microsoft Graph and Partner Center exports in, plan files out, for the
 * checker's "Start from an export". No Node built-ins: the files are read in the page and never leave it.
 */
export { FILL_IN } from '@csp-move/rules/plan';
export type { InputProblem } from './facts.ts';
export { exportSizeProblem, MAX_EXPORT_SIZE } from './formats.ts';
export { type ImportedCustomer, importExports, importWithBuiltInCatalog } from './import.ts';
export { INPUT_PROBLEMS } from './messages.ts';
export type { ImportedPlan } from './plan-model.ts';
export { renderPlan } from './write-plan.ts';
