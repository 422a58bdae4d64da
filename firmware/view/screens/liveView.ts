/**
 * Live view and the boot splash: what the recorder shows when no menu is open.
 */
import { deviceNow } from '../../machine/logic';
import type { RecorderContext } from '../../machine/types';
import { formatDeviceDateTime } from '../../domain/deviceTime';
import { liveFrame } from '../../domain/liveScene';
import type { OsdChannelTile, OsdLayer } from '../osdModel';
import { channelTiles } from './cameraPages';

/** The accessible label of the clock at the top right (docs/accessible-names.md). */
export const SYSTEM_DATE_LABEL = 'System Date';

export function liveViewLayer(context: RecorderContext): OsdLayer {
  const tiles: OsdChannelTile[] = channelTiles(context);
  const now = deviceNow(context);
  return {
    kind: 'liveView',
    tiles,
    clock: { label: SYSTEM_DATE_LABEL, value: formatDeviceDateTime(now) },
    frame: liveFrame(now),
  };
}

export function bootSplashLayer(context: RecorderContext, complete = false): OsdLayer {
  const elapsed = context.now - context.bootStartedAt;
  const percent = complete ? 100 : Math.floor((elapsed / context.bootDurationMs) * 100);
  return { kind: 'bootSplash', modelId: context.model.id, progressPercent: Math.max(0, Math.min(100, percent)) };
}
