/**
 * Layers that fill the screen without controls: the backdrop, the boot splash and "No Signal" (live view is in
 * liveView.ts).
 */
import type { OsdLayer } from '../../../firmware';
import { PALETTE } from '../../config';
import { rect, type DrawOp } from '../displayList';
import { progressBar } from '../kit';
import { fill, outline, px, screenRect, textCentered, textScale, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

export function layoutBackdrop(env: LayoutEnv): LayerLayout {
  const screen = screenRect(env);
  return { chunks: [chunk('backdrop', null, [fill(screen, PALETTE.backdrop)])], group: null, bounds: screen };
}

/** What a monitor shows when the recorder sends no picture. */
export function layoutNoSignal(env: LayoutEnv): LayerLayout {
  const screen = screenRect(env);
  const [w, h] = [px(env, 180), px(env, 48)];
  const box = rect(Math.floor((screen.w - w) / 2), Math.floor((screen.h - h) / 2), w, h);
  const ops: DrawOp[] = [
    fill(screen, PALETTE.black),
    fill(box, 0x1a1a1a),
    ...outline(box, 0x5a5a5a),
    textCentered(env, box, 'No Signal', 0xc8c8c8),
  ];
  return {
    chunks: [chunk('noSignal', null, ops)],
    group: { role: 'none', label: null, rect: box, items: [{ kind: 'status', text: 'No Signal', rect: box }] },
    bounds: screen,
  };
}

const PROGRESS_WIDTH = 400;

export function layoutBootSplash(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'bootSplash' }>): LayerLayout {
  const screen = screenRect(env);
  const titleScale = textScale(env, 3);
  const title = rect(0, px(env, 270), screen.w, env.font.lineHeight * titleScale);
  const trackWidth = px(env, PROGRESS_WIDTH);
  const track = rect(Math.floor((screen.w - trackWidth) / 2), px(env, 380), trackWidth, px(env, 8));
  const status = rect(0, px(env, 400), screen.w, env.font.lineHeight + px(env, 8));
  const ops: DrawOp[] = [
    fill(screen, PALETTE.black),
    textCentered(env, title, layer.modelId, PALETTE.white, titleScale),
    ...progressBar(track, layer.progressPercent),
    textCentered(env, status, 'Starting...', PALETTE.dimText),
  ];
  return {
    chunks: [chunk('bootSplash', layer, ops)],
    group: { role: 'none', label: null, rect: status, items: [{ kind: 'status', text: 'Starting...', rect: status }] },
    bounds: screen,
  };
}
