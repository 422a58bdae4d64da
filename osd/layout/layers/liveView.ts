/**
 * Live view: 1, 4, 9 or 16 tiles (by the model's channel count), each with its camera's synthetic picture (sprites of
 * pre-made textures, osd/layout/sceneArt.ts), its channel name at the bottom left and its status marks at the top
 * right (recording, motion), a centred notice for video loss or an authentication error, and the system clock at the
 * top right of the screen.
 *
 * The overlay gets each tile as a value named by its channel ("CH1") whose text is what its marks say ("Authentication
 * Error", "No Video", or "Live" with "Recording" and "Motion"), so live view reads without Settings > Camera.
 *
 * Chunks: the grid, one per tile picture (keyed by what it shows, so a picture that did not move is not redrawn),
 * the marks and names above the pictures, and the clock.
 */
import type { OsdChannelTile, OsdLayer } from '../../../firmware';
import { PALETTE, SCENE_TEXTURE_HEIGHT, SCENE_TEXTURE_WIDTH } from '../../config';
import { measureText, textYForCapTop } from '../../font/fontMetrics';
import { rect, type Chunk, type DrawOp, type OverlayItem, type Rect } from '../displayList';
import { CLOUD_SIZE, CLOUD_TEXTURE, pingPong, SCENE_BACKGROUNDS, WALKER_SIZE, WALKER_TEXTURES } from '../sceneArt';
import { fill, outline, px, screenRect, text, textCentered, type LayoutEnv } from '../widgets';
import { chunk, type LayerLayout } from './layerLayout';

/** Status marks, 12x12, '#' = lit. *invented* designs after the usual recorder tile icons. */
export const MARKS = {
  recording: [
    '............',
    '....####....',
    '..########..',
    '..########..',
    '.##########.',
    '.##########.',
    '.##########.',
    '.##########.',
    '..########..',
    '..########..',
    '....####....',
    '............',
  ],
  motion: [
    '.......##...',
    '.......##...',
    '.....####...',
    '....#.###...',
    '...#..####..',
    '......##..#.',
    '.....###....',
    '....#..##...',
    '...#....#...',
    '..#.....#...',
    '........##..',
    '............',
  ],
  lock: [
    '....####....',
    '...#....#...',
    '..#......#..',
    '..#......#..',
    '.##########.',
    '.##########.',
    '.#####.####.',
    '.####...###.',
    '.#####.####.',
    '.#####.####.',
    '.##########.',
    '............',
  ],
  videoLoss: [
    '#...........',
    '.#..........',
    '..#######...',
    '..##.######.',
    '..###.#####.',
    '..####.####.',
    '..#####.###.',
    '..######.##.',
    '..#######.#.',
    '..........#.',
    '...........#',
    '............',
  ],
} as const;
const MARK_SIZE = 12;

/** Columns (and rows) of the live view split for a channel count: 1, 4, 9 or 16 tiles. */
export function splitFor(channels: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(channels)));
}

/** The tile of cell `index` in a split x split grid covering the screen (edges shared, no gaps). */
function tileRect(env: LayoutEnv, split: number, index: number): Rect {
  const { width, height } = env.screen;
  const column = index % split;
  const row = Math.floor(index / split);
  const x = Math.round((column * width) / split);
  const y = Math.round((row * height) / split);
  return rect(x, y, Math.round(((column + 1) * width) / split) - x, Math.round(((row + 1) * height) / split) - y);
}

/** The picture's place in a tile: the texture at the largest whole scale that fits inside the border, centred. */
function pictureRect(tile: Rect): { picture: Rect; scale: number } {
  const scale = Math.max(
    1,
    Math.floor(Math.min((tile.w - 2) / SCENE_TEXTURE_WIDTH, (tile.h - 2) / SCENE_TEXTURE_HEIGHT)),
  );
  const w = SCENE_TEXTURE_WIDTH * scale;
  const h = SCENE_TEXTURE_HEIGHT * scale;
  return { picture: rect(tile.x + Math.floor((tile.w - w) / 2), tile.y + Math.floor((tile.h - h) / 2), w, h), scale };
}

/** The camera picture of one tile at `frame`: background, a drifting cloud, and a walker while there is motion. */
function picture(tile: Rect, channel: OsdChannelTile, frame: number): Chunk {
  const { picture: area, scale } = pictureRect(tile);
  const background = SCENE_BACKGROUNDS[(channel.channel - 1) % SCENE_BACKGROUNDS.length]!;
  const cloudX = pingPong(frame + channel.channel * 5, SCENE_TEXTURE_WIDTH - CLOUD_SIZE.w);
  const ops: DrawOp[] = [
    { op: 'sprite', texture: background, x: area.x, y: area.y, scale },
    { op: 'sprite', texture: CLOUD_TEXTURE, x: area.x + cloudX * scale, y: area.y + scale, scale },
  ];
  if (channel.motion) {
    const walkerX = pingPong(frame + channel.channel * 3, SCENE_TEXTURE_WIDTH - WALKER_SIZE.w);
    const walker = WALKER_TEXTURES[frame % WALKER_TEXTURES.length]!;
    const walkerY = area.y + (SCENE_TEXTURE_HEIGHT - WALKER_SIZE.h - 1) * scale;
    ops.push({ op: 'sprite', texture: walker, x: area.x + walkerX * scale, y: walkerY, scale });
  }
  return chunk('livePicture', [area, background, cloudX, ops[2] ?? null], ops);
}

/** The marks of one tile: name bottom left, recording and motion top right, notices centred. */
function marks(env: LayoutEnv, tile: Rect, channel: OsdChannelTile): DrawOp[] {
  const ops: DrawOp[] = [];
  const margin = px(env, 8);
  const pad = px(env, 4);
  const nameWidth = measureText(env.font, channel.name);
  const nameBox = rect(
    tile.x + margin - pad,
    tile.y + tile.h - margin - env.font.lineHeight - pad,
    nameWidth + 2 * pad,
    env.font.lineHeight + 2 * pad,
  );
  ops.push(
    fill(nameBox, PALETTE.markBackground, 0.55),
    text(nameBox.x + pad, nameBox.y + pad, channel.name, PALETTE.white),
  );
  const shown: Array<{ rows: readonly string[]; color: number }> = [];
  if (channel.recording) shown.push({ rows: MARKS.recording, color: PALETTE.recording });
  if (channel.motion) shown.push({ rows: MARKS.motion, color: PALETTE.motion });
  let right = tile.x + tile.w - margin;
  for (const mark of shown) {
    const box = rect(right - MARK_SIZE - 2 * pad, tile.y + margin, MARK_SIZE + 2 * pad, MARK_SIZE + 2 * pad);
    ops.push(fill(box, PALETTE.markBackground, 0.55), {
      op: 'pixels',
      x: box.x + pad,
      y: box.y + pad,
      rows: mark.rows,
      color: mark.color,
      scale: 1,
    });
    right = box.x - pad;
  }
  const notice = channel.authError
    ? { rows: MARKS.lock, text: 'Authentication Error', color: PALETTE.alert }
    : channel.videoLoss
      ? { rows: MARKS.videoLoss, text: 'No Video', color: PALETTE.videoLoss }
      : null;
  if (notice) {
    const iconScale = px(env, 2);
    const line = env.font.lineHeight;
    const blockHeight = MARK_SIZE * iconScale + pad + line;
    const top = tile.y + Math.floor((tile.h - blockHeight) / 2);
    const iconX = tile.x + Math.floor((tile.w - MARK_SIZE * iconScale) / 2);
    ops.push({ op: 'pixels', x: iconX, y: top, rows: notice.rows, color: notice.color, scale: iconScale });
    ops.push(
      textCentered(env, rect(tile.x, top + MARK_SIZE * iconScale + pad, tile.w, line), notice.text, notice.color),
    );
  }
  return ops;
}

const CLOCK_MARGIN = 10;

/** What a tile's marks say, in words: its notice, else "Live" and the marks shown. */
export function tileStatus(channel: OsdChannelTile): string {
  if (channel.authError) return 'Authentication Error';
  if (channel.videoLoss) return 'No Video';
  return ['Live', ...(channel.recording ? ['Recording'] : []), ...(channel.motion ? ['Motion'] : [])].join(', ');
}

export function layoutLiveView(env: LayoutEnv, layer: Extract<OsdLayer, { kind: 'liveView' }>): LayerLayout {
  const screen = screenRect(env);
  const split = splitFor(layer.tiles.length);
  const grid: DrawOp[] = [fill(screen, PALETTE.black)];
  const pictures: Chunk[] = [];
  const overlays: DrawOp[] = [];
  const tiles: OverlayItem[] = [];
  for (let index = 0; index < split * split; index++) {
    const tile = tileRect(env, split, index);
    grid.push(...outline(tile, PALETTE.tileBorder));
    const channel = layer.tiles[index];
    if (!channel) continue;
    if (!channel.videoLoss && !channel.authError) pictures.push(picture(tile, channel, layer.frame));
    overlays.push(...marks(env, tile, channel));
    tiles.push({ kind: 'value', label: channel.name, value: tileStatus(channel), rect: tile });
  }
  // The clock's box is where its ink is: capitals from the margin down, plus descenders.
  const margin = px(env, CLOCK_MARGIN);
  const clockWidth = measureText(env.font, layer.clock.value);
  const clockBox = rect(screen.w - margin - clockWidth, margin, clockWidth, env.font.capHeight + 3);
  const clockY = textYForCapTop(env.font, margin);
  const clock: DrawOp[] = [
    text(clockBox.x + 1, clockY + 1, layer.clock.value, PALETTE.black),
    text(clockBox.x, clockY, layer.clock.value, PALETTE.white),
  ];
  return {
    chunks: [
      chunk('liveViewGrid', split, grid),
      ...pictures,
      chunk('liveViewMarks', layer.tiles, overlays),
      chunk('liveViewClock', layer.clock, clock),
    ],
    group: {
      role: 'none',
      label: null,
      rect: screen,
      items: [...tiles, { kind: 'value', label: layer.clock.label, value: layer.clock.value, rect: clockBox }],
    },
    bounds: screen,
  };
}
