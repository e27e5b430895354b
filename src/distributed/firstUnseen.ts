/**
 * The items not yet handled, each id once: `handled[i]` says whether Redis already holds item i
 * (written by collect, enqueued by enqueue), and a repeated id within the list counts only first.
 */
export function firstUnseen<T extends { id: string }>(items: readonly T[], handled: readonly boolean[]): T[] {
  const seen = new Set<string>();
  return items.filter((item, i) => {
    if (handled[i] || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
