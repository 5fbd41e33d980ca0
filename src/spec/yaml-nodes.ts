/**
 * Checks over a parsed YAML document's nodes that the `yaml` package would do in quadratic time,
 * done here in one pass: duplicate keys (the package compares each key with every earlier key of
 * its mapping, so a 30,000-key mapping took 20 seconds) and the number of aliases (the package
 * scans every node before an alias to resolve it). The walk keeps its own stack, so a deeply nested
 * file cannot overflow the call stack.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

interface DuplicateKey {
  key: string;
  /** Offset of the second (or later) occurrence of the key. */
  offset: number;
}

export interface NodeFacts {
  duplicates: DuplicateKey[];
  aliases: number;
}

export function yamlNodeFacts(document: Document.Parsed): NodeFacts {
  const duplicates: DuplicateKey[] = [];
  let aliases = 0;
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) aliases++;
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        // As the yaml package compares keys: scalars by value, other keys never equal.
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value))
            duplicates.push({ key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 });
          seen.add(pair.key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  duplicates.sort((a, b) => a.offset - b.offset);
  return { duplicates, aliases };
}
