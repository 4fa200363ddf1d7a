import type { Span } from '../core/text';

// Results several features share (inlay hints from FX and MLIR, symbol occurrences for navigation),
// kept below those features so they can use each other's helpers without an import cycle.

export interface Hint {
  offset: number;
  label: string;
  kind: 'parameter' | 'default' | 'type';
  tooltip?: string;
  paddingLeft?: boolean;
  paddingRight?: boolean;
}

export interface Occurrence {
  span: Span;
  /** A definition (write) or a use (read). */
  definition: boolean;
}

export interface SymbolOccurrences {
  name: string;
  /** The name's span under the cursor. */
  span: Span;
  occurrences: Occurrence[];
  /** Why the symbol cannot be renamed to a given name; undefined when it can. */
  renameProblem(newName: string): string | undefined;
  definitionSpans: Span[];
  /** The text replacing each occurrence for a new name (MLIR adds the sigil: `x` → `%x`); default: the name itself. */
  newText?(newName: string): string;
}
