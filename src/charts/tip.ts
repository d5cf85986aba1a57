/**
 * Tooltip text from an accessible name. Marks carry their figures once, in
 * `aria-label` as "Label: part; part; part", and the tooltip shows the same
 * words one part per line, so pages don't hold every figure twice.
 */
export function tipFromLabel(label: string): string {
  return label.replace(": ", "\n").replaceAll("; ", "\n");
}
