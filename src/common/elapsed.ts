/**
 * A span of time as a person reads it in a message: "250 ms", "35 s", "2 min", "2 min 5 s". Every
 * time limit and wait the product reports is written this one way.
 */
export function elapsedText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
