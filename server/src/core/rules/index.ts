import type { Rule } from './rule';
import { heterogeneousList } from './heterogeneousList';
import { multiResultDirectUse } from './multiResultDirectUse';
import { missingResourceData } from './missingResourceData';
import { mutation } from './mutation';
import { noneOutput } from './noneOutput';
import { scalarForList } from './scalarForList';
import { tupleForList } from './tupleForList';
import { asStridedDynamic } from './asStridedDynamic';
import { complexDtypeCode } from './complexDtypeCode';
import { noneIntoTensor } from './noneIntoTensor';
import { nonPersistentBuffer } from './nonPersistentBuffer';
import { operandCount } from './operandCount';
import { typeMismatch } from './typeMismatch';
import { duplicateDefinition } from './duplicateDefinition';
import { functionalizationLift } from './functionalizationLift';
import { liftedTensorConstant } from './liftedTensorConstant';
import { optionalTensorList } from './optionalTensorList';
import { parameterInList } from './parameterInList';
import { torchOperatorFallback } from './torchOperatorFallback';
import { loweringFailure } from './loweringFailure';
import { unsupportedDtype } from './unsupportedDtype';
import { unsupportedHigherOrderOp } from './unsupportedHigherOrderOp';
import { unsupportedNode } from './unsupportedNode';
import { unsupportedSymbolicBuiltin } from './unsupportedSymbolicBuiltin';
import { poolStrideDefault } from './poolStrideDefault';
import { schemaMismatch } from './schemaMismatch';
import { undefinedValue } from './undefinedValue';
import { unknownOp } from './unknownOp';

/** Every rule, in the order their diagnostics are produced. */
export const ALL_RULES: Rule[] = [
  optionalTensorList,
  poolStrideDefault,
  liftedTensorConstant,
  functionalizationLift,
  unknownOp,
  schemaMismatch,
  undefinedValue,
  missingResourceData,
  duplicateDefinition,
  torchOperatorFallback,
  loweringFailure,
  unsupportedHigherOrderOp,
  unsupportedNode,
  unsupportedSymbolicBuiltin,
  asStridedDynamic,
  unsupportedDtype,
  nonPersistentBuffer,
  parameterInList,
  typeMismatch,
  operandCount,
  noneIntoTensor,
  complexDtypeCode,
  heterogeneousList,
  tupleForList,
  scalarForList,
  multiResultDirectUse,
  noneOutput,
  mutation,
];

/** Ids of diagnostics produced by the engine itself rather than a rule. */
export const ENGINE_CODES = ['parse-error', 'internal-error', 'file-too-large', 'not-a-dump', 'unreadable', 'diagnostics-withheld'] as const;

/**
 * Test only: with TORCH_MLIR_TEST_THROWING_RULE=1 in the environment, ALL_RULES ends with this rule,
 * which always throws, so protocol tests can check that one crashing rule becomes one
 * internal-error diagnostic while the other rules' diagnostics still arrive.
 */
export const TEST_THROWING_RULE: Rule = {
  id: 'test-throwing-rule',
  description: 'Test only: always throws.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx() {
    throw new Error('deliberate failure (TORCH_MLIR_TEST_THROWING_RULE)');
  },
  checkMlir() {
    throw new Error('deliberate failure (TORCH_MLIR_TEST_THROWING_RULE)');
  },
};
if (typeof process !== 'undefined' && process.env?.TORCH_MLIR_TEST_THROWING_RULE === '1') ALL_RULES.push(TEST_THROWING_RULE);
