/**
 * Druid's parse errors quote the row they failed on: `Unable to parse row [<the record>] into
 * JSON`, `Timestamp[<value>] is unparseable! Event: {user_id=u0, region=eu, …}`, `Could not
 * convert value [eu] to long for dimension [region]`. Row values may be personal data and a review
 * comment may be public, so by default every value is replaced by `…` and only the words around
 * it and the names of known columns are kept. Pure.
 *
 * What is masked: the content of every `[…]` and `{…}` (recursively: a Java map keeps its keys
 * when they are known column names), and every quoted string. What is kept: text outside them,
 * `null` (it says the value was missing), known column names, and the structure words of Druid's
 * row printing (`row`, `event`, `timestamp`, `dimensions`).
 */

const MASK = '…';

/** Keys of Druid's `toString()` of a row, not data. */
const STRUCTURE = new Set(['row', 'event', 'timestamp', 'dimensions']);

const CLOSE: Record<string, string> = { '[': ']', '{': '}' };

/** DimensionHandlerUtils' message for a value that does not convert to the dimension's type. */
const CONVERT = /^(\s*Could not convert value \[)([\s\S]*)(\] to \w+ for dimension \[)([^\]]*)(\]\.?\s*)$/;

export function maskValues(message: string, names: ReadonlySet<string>): string {
  return new Masker(message, names).text();
}

class Masker {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly names: ReadonlySet<string>,
  ) {}

  text(): string {
    let out = '';
    while (this.at < this.source.length) {
      const char = this.source[this.at] as string;
      if (char === '[' || char === '{') {
        this.at++;
        const inner = this.group(CLOSE[char] as string);
        // A group Druid cut short (it prints at most 100 characters of a row) says so.
        out += `${char}${this.maskGroup(inner.content)}${inner.closed ? CLOSE[char] : ` ${MASK}`}`;
      } else if (char === '"' || char === "'") {
        const end = this.source.indexOf(char, this.at + 1);
        out += `${char}${MASK}${end < 0 ? '' : char}`;
        this.at = end < 0 ? this.source.length : end + 1;
      } else {
        out += char;
        this.at++;
      }
    }
    return out;
  }

  /** The raw text up to the matching close (nesting counted), or to the end when Druid cut it. */
  private group(close: string): { content: string; closed: boolean } {
    const start = this.at;
    const stack = [close];
    while (this.at < this.source.length) {
      const char = this.source[this.at] as string;
      if (char === '[' || char === '{') stack.push(CLOSE[char] as string);
      else if (char === stack[stack.length - 1]) {
        stack.pop();
        if (stack.length === 0) {
          const content = this.source.slice(start, this.at);
          this.at++;
          return { content, closed: true };
        }
      }
      this.at++;
    }
    return { content: this.source.slice(start), closed: false };
  }

  private maskGroup(content: string): string {
    const trimmed = content.trim();
    if (trimmed === '' || trimmed === 'null' || this.names.has(trimmed)) return content;
    const parts = splitTopLevel(content);
    if (parts.length > 1 && parts.every((part) => this.names.has(part.trim()))) return content;
    if (parts.every((part) => CONVERT.test(part)))
      return parts.map((part) => this.maskConversion(part)).join(',');
    if (!parts.some((part) => /^[^=[\]{}]+=/.test(part.trim()))) return this.maskValue(content);
    return this.maskMap(parts);
  }

  private maskConversion(part: string): string {
    const [, before = '', , middle = '', dimension = '', after = ''] = CONVERT.exec(part) ?? [];
    return `${before}${MASK}${middle}${this.names.has(dimension) ? dimension : MASK}${after}`;
  }

  /** `k=v, k2=v2` (Java's map printing): keys kept when known, each value masked. */
  private maskMap(parts: readonly string[]): string {
    const pairs: string[] = [];
    for (const part of parts) {
      const match = /^\s*([^=[\]{}]+)=([\s\S]*)$/.exec(part);
      // A part without a key is the rest of the previous value, which held ", ".
      if (!match) continue;
      const key = (match[1] as string).trim();
      const shownKey = this.names.has(key) || STRUCTURE.has(key) ? key : MASK;
      pairs.push(`${shownKey}=${this.maskValue(match[2] as string)}`);
    }
    return pairs.join(', ');
  }

  /** A value: a nested group keeps its shape (a type name before it is kept), anything else is masked. */
  private maskValue(value: string): string {
    const nested = /^\s*([A-Za-z][\w$.]*)?([[{])([\s\S]*)$/.exec(value);
    if (nested) {
      const [, typeName = '', open, rest = ''] = nested;
      const inner = new Masker(`${open}${rest}`, this.names).text();
      return `${typeName}${inner}`;
    }
    const trimmed = value.trim();
    if (trimmed === 'null' || this.names.has(trimmed)) return trimmed;
    return trimmed.endsWith('...') ? `${MASK}...` : MASK;
  }
}

/** Splits at the commas that are not inside a nested group. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[' || char === '{') depth++;
    else if ((char === ']' || char === '}') && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
