/**
 * Drafts that outlive their form's DOM. A place renders its controls only while it is the current place (a hidden
 * place's labelled fields would otherwise clash with the shown place's by accessible name: Playwright's getByLabel
 * also finds hidden elements). What the user typed must survive a look at another place (docs/accessible-names.md), so forms keep
 * their values here, in a store owned by the place's root, which stays mounted.
 *
 * useDraft(key, initial) works like useState (also with an updater function), but the value is remembered by key in
 * the nearest DraftProvider. Keys are `form:field` (`signIn:email`, `app:login:password`); useSubmission keeps a
 * form's messages at `form:errors`.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export class DraftStore {
  private readonly values = new Map<string, unknown>();
  read<T>(key: string, initial: T): T {
    return this.values.has(key) ? (this.values.get(key) as T) : initial;
  }
  write(key: string, value: unknown): void {
    this.values.set(key, value);
  }
}

const DraftContext = createContext<DraftStore | null>(null);

export function DraftProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new DraftStore());
  return <DraftContext.Provider value={store}>{children}</DraftContext.Provider>;
}

export type DraftUpdate<T> = T | ((previous: T) => T);

export function useDraft<T>(key: string, initial: T): [T, (next: DraftUpdate<T>) => void] {
  const store = useContext(DraftContext);
  // The store is the source of truth (written at once, so a form unmounting in the same update keeps its value, and
  // a page mounting in it reads the new one); the state only re-renders this component.
  const [value, setValue] = useState<T>(() => {
    if (!store) return initial;
    const stored = store.read(key, initial);
    store.write(key, stored);
    return stored;
  });
  const set = useCallback(
    (next: DraftUpdate<T>) => {
      if (!store) return setValue(next);
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(store.read(key, undefined as T)) : next;
      store.write(key, resolved);
      setValue(() => resolved);
    },
    [store, key],
  );
  return [value, set];
}
