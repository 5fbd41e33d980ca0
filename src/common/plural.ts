/**
 * Counted nouns, so no report says "1 reading tasks" or "supervisor(s)": `plural(1, 'reading
 * task')` is "1 reading task", `plural(3, 'reading task')` "3 reading tasks". Counts are written
 * with thousands separators (300,000), as a person reads them.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
