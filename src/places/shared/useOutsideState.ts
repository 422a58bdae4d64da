/**
 * The places' one way to read the outside world: the current `OutsideWorldState`, re-rendered on every change
 * (the API hands out a new state object after each change, so useSyncExternalStore can compare by identity).
 * `subscribe` is called as a method: an implementation may rely on `this` (OutsideWorld does).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { OutsideWorldApi, OutsideWorldState } from '../../../outside';

export function useOutsideState(api: OutsideWorldApi): OutsideWorldState {
  const subscribe = useCallback((listener: () => void) => api.subscribe(listener), [api]);
  return useSyncExternalStore(subscribe, () => api.state);
}
