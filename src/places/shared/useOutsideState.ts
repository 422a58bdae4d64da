/**
 * The places' one way to read the outside world: the current `OutsideWorldState`, re-rendered on every change
 * (the API hands out a new state object after each change, so useSyncExternalStore can compare by identity).
 */
import { useSyncExternalStore } from 'react';
import type { OutsideWorldApi, OutsideWorldState } from '../../../firmware';

export function useOutsideState(api: OutsideWorldApi): OutsideWorldState {
  return useSyncExternalStore(api.subscribe, () => api.state);
}
