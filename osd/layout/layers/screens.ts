/**
 * Layers that fill the screen without controls: the backdrop, the boot splash, live view, and "No Signal".
 */
import type { OsdLayer } from '../../../firmware';
import { OSD_HEIGHT, OSD_WIDTH, PALETTE } from '../../config';
import { measureText, textYForCapTop } from '../../font/fontMetrics';
import { rect, type DrawOp } from '../displayList';
import { fill, outline, text, textCentered, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

const SCREEN = rect(0, 0, OSD_WIDTH, OSD_HEIGHT);

export function layoutBackdrop(): LayerLayout {
  return { chunks: [chunk('backdrop', null, [fill(SCREEN, PALETTE.backdrop)])], group: null, bounds: SCREEN };
}

/** What a monitor shows when the recorder sends no picture. */
export function layoutNoSignal(env: LayoutEnv): LayerLayout {
  const box = rect(OSD_WIDTH / 2 - 90, OSD_HEIGHT / 2 - 24, 180, 48);
  const ops: DrawOp[] = [
    fill(SCREEN, PALETTE.black),
    fill(box, 0x1a1a1a),
    ...outline(box, 0x5a5a5a),
    textCentered(env, box, 'No Signal', 0xc8c8c8),
  ];
  return {
    chunks: [chunk('noSignal', null, ops)],
    group: { role: 'none', label: null, rect: box, items: [{ kind: 'status', text: 'No Signal', rect: box }] },
    bounds: SCREEN,
  };
}

const PROGRESS_WIDTH = 400;

export function layoutBootSplash(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'bootSplash' }>): LayerLayout {
  const title = rect(0, 270, OSD_WIDTH, env.font.lineHeight * 3);
  const track = rect((OSD_WIDTH - PROGRESS_WIDTH) / 2, 380, PROGRESS_WIDTH, 8);
  const status = rect(0, 400, OSD_WIDTH, env.font.lineHeight + 8);
  const ops: DrawOp[] = [
    fill(SCREEN, PALETTE.black),
    textCentered(env, title, layer.modelId, PALETTE.white, 3),
    fill(track, PALETTE.progressTrack),
    fill(rect(track.x, track.y, Math.round((PROGRESS_WIDTH * layer.progressPercent) / 100), track.h), PALETTE.accent),
    textCentered(env, status, 'Starting...', PALETTE.dimText),
  ];
  return {
    chunks: [chunk('bootSplash', layer, ops)],
    group: { role: 'none', label: null, rect: status, items: [{ kind: 'status', text: 'Starting...', rect: status }] },
    bounds: SCREEN,
  };
}

/** Columns (and rows) of the live view split for a channel count: 1, 4, 9 or 16 tiles. */
export function splitFor(channels: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(channels)));
}

const CLOCK_MARGIN = 10;

export function layoutLiveView(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'liveView' }>): LayerLayout {
  const split = splitFor(layer.tiles.length);
  const tiles: DrawOp[] = [fill(SCREEN, PALETTE.black)];
  for (let index = 0; index < split * split; index++) {
    const column = index % split;
    const row = Math.floor(index / split);
    const x = Math.round((column * OSD_WIDTH) / split);
    const y = Math.round((row * OSD_HEIGHT) / split);
    const tile = rect(
      x,
      y,
      Math.round(((column + 1) * OSD_WIDTH) / split) - x,
      Math.round(((row + 1) * OSD_HEIGHT) / split) - y,
    );
    tiles.push(...outline(tile, PALETTE.tileBorder));
    const channel = layer.tiles[index];
    if (!channel) continue;
    // The channel name sits on a baseline 8 px above the tile's bottom edge.
    tiles.push(text(tile.x + 8, tile.y + tile.h - 8 - env.font.lineHeight, channel.name, PALETTE.white));
    if (channel.videoLoss) tiles.push(textCentered(env, tile, 'No Video', PALETTE.videoLoss));
    // Status marks (minimal; the OSD issue polishes them): a lock text for a refused camera, a red dot when recording.
    if (channel.authError) tiles.push(textCentered(env, tile, 'Authentication Error', PALETTE.alert));
    if (channel.recording) tiles.push(fill(rect(tile.x + tile.w - 18, tile.y + 8, 10, 10), PALETTE.alert));
  }
  // The clock's box is where its ink is: capitals from CLOCK_MARGIN down, plus descenders.
  const clockWidth = measureText(env.font, layer.clock.value);
  const clockBox = rect(OSD_WIDTH - CLOCK_MARGIN - clockWidth, CLOCK_MARGIN, clockWidth, env.font.capHeight + 3);
  const clockY = textYForCapTop(env.font, CLOCK_MARGIN);
  const clock: DrawOp[] = [
    text(clockBox.x + 1, clockY + 1, layer.clock.value, PALETTE.black),
    text(clockBox.x, clockY, layer.clock.value, PALETTE.white),
  ];
  return {
    chunks: [chunk('liveViewTiles', layer.tiles, tiles), chunk('liveViewClock', layer.clock, clock)],
    group: {
      role: 'none',
      label: null,
      rect: clockBox,
      items: [{ kind: 'value', label: layer.clock.label, value: layer.clock.value, rect: clockBox }],
    },
    bounds: SCREEN,
  };
}
