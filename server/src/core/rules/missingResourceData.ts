import type { Rule } from './rule';

// `dense_resource<__elided__>`, or a `dense_resource<name>` whose name the file's
// `{-# dialect_resources: ... #-}` section lacks: the constant's data was dropped when the module
// was printed (resource elision for large constants, `--mlir-elide-resource-strings-if-larger`,
// which empties the section) or the text was cut out of a larger file. torch-mlir-opt 20261001
// still parses such a module and runs the lowering pipelines on it (checked on real importer
// output), so this is not a syntax error: the weights are simply gone, and what is compiled from
// the file computes with missing data (some MLIR tools crash on it: llvm-project #62722, #64868).

export const missingResourceData: Rule = {
  id: 'missing-resource-data',
  description: "A dense_resource constant whose data is elided or missing from the file's dialect_resources section.",
  severity: { 'torch-mlir': 'warning', 'turbine-2023': 'warning' },
  checkMlir(m, ctx) {
    let sectionState: string | undefined;
    const section = () => {
      if (sectionState === undefined) {
        const blobs = m.doc.resources.length;
        sectionState = m.doc.text.includes('{-#') ? (blobs === 0 ? 'the section is empty: the blobs were elided when the module was printed' : 'the section has other blobs but not this one') : 'the file has no {-# dialect_resources #-} section';
      }
      return sectionState;
    };
    for (const u of m.scope.undefinedUses) {
      if (u.kind !== 'resource') continue;
      const elided = u.name === '__elided__';
      ctx.report({
        span: u.span,
        message: elided
          ? `dense_resource<__elided__>: the printer replaced this constant's data with a placeholder (resource elision of large constants). torch-mlir-opt still parses and lowers the module, but the constant has no data, so whatever is compiled from it computes with missing weights (some MLIR tools crash on it: llvm-project #62722). Print the module without elision, e.g. str(module) from Python.`
          : `dense_resource<${u.name}> has no blob in this file's dialect_resources (${section()}). torch-mlir-opt still parses and lowers the module, but the constant has no data: whatever is compiled from it computes with missing weights. Keep the {-# dialect_resources #-} section when copying or printing the module (no --mlir-elide-resource-strings-if-larger).`,
      });
    }
  },
};
