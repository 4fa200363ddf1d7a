// find / findLast scan in place (no substring per call: they run several times per line). The
// needles are short literals, so comparing at each candidate position stays linear in the line.

/** indexOf restricted to [from, end): never scans past the line, so per-line searches stay linear. */
export function find(t: string, needle: string, from: number, end: number): number {
  const first = needle.charCodeAt(0);
  for (let p = from, last = end - needle.length; p <= last; p++) {
    if (t.charCodeAt(p) === first && t.startsWith(needle, p)) return p;
  }
  return -1;
}

/** lastIndexOf restricted to [from, end). */
export function findLast(t: string, needle: string, from: number, end: number): number {
  const first = needle.charCodeAt(0);
  for (let p = end - needle.length; p >= from; p--) {
    if (t.charCodeAt(p) === first && t.startsWith(needle, p)) return p;
  }
  return -1;
}
