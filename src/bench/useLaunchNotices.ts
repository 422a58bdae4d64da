/**
 * The notices of the page's start (an ignored link parameter, stored worlds that could not be read): shown until
 * dismissed one by one, and gone once another world is opened (New simulation, Open or Import simulation), since
 * they are about the link and the start, not about the world opened later.
 */
import { useCallback, useState } from 'react';

export function useLaunchNotices(
  initial: readonly string[],
  worldId: string,
): { notices: readonly string[]; dismiss: (notice: string) => void } {
  const [state, setState] = useState({ firstWorld: worldId, dismissed: new Set<string>() });
  const dismiss = useCallback(
    (notice: string) => setState((now) => ({ ...now, dismissed: new Set([...now.dismissed, notice]) })),
    [],
  );
  const notices = worldId === state.firstWorld ? initial.filter((notice) => !state.dismissed.has(notice)) : [];
  return { notices, dismiss };
}
