/**
 * The fields of `next` that differ from `before`: a change sends only what
 * changed, so that two people editing different fields do not undo each other.
 */
export function changedFields<T extends object>(before: T, next: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof T]),
    ),
  ) as Partial<T>;
}
