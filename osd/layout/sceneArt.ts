/**
 * The live view's synthetic camera pictures, as a few small pre-made textures: four backgrounds (one per camera
 * position), a drifting cloud, and a walking person in two steps. Each is made once, procedurally, as rows of
 * palette colours; per frame the layout only places sprites of them (no per-pixel work). The art is *invented*.
 */
import { SCENE_TEXTURE_HEIGHT as H, SCENE_TEXTURE_WIDTH as W } from '../config';

/** A texture: `width` x `height` RGB colours, row by row. */
export interface SceneTexture {
  readonly width: number;
  readonly height: number;
  readonly pixels: readonly number[];
}

const SKY = [0x5a7fa8, 0x6b8fb5, 0x7fa1c2, 0x93b3cf] as const;
const GRASS = 0x3f6b3a;
const ROAD = 0x4a4d52;
const LINE = 0xd8d2a0;
const WALL = 0x9c8a74;
const ROOF = 0x6b3b32;
const WINDOW = 0x2b3440;
const DOOR = 0x5a3a24;
const TREE = 0x2d5229;
const TRUNK = 0x4b3621;
const CAR = 0xa33b3b;

type Painter = (x: number, y: number) => number;

function paint(width: number, height: number, painter: Painter): SceneTexture {
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels.push(painter(x, y));
  return { width, height, pixels };
}

const sky = (y: number) => SKY[Math.min(SKY.length - 1, Math.floor(y / 2))] ?? SKY[0];
const inBox = (x: number, y: number, left: number, top: number, w: number, h: number) =>
  x >= left && x < left + w && y >= top && y < top + h;

/** A street: sky, a house, a road with a dashed centre line. */
const street: Painter = (x, y) => {
  if (y >= 14) return y === 16 && x % 4 < 2 ? LINE : ROAD;
  if (y >= 12) return GRASS;
  if (inBox(x, y, 19, 7, 9, 5)) return inBox(x, y, 21, 8, 2, 2) || inBox(x, y, 25, 8, 2, 2) ? WINDOW : WALL;
  if (y >= 4 && y < 7 && x >= 18 + (6 - y) && x < 29 - (6 - y)) return ROOF;
  return sky(y);
};

/** A driveway with a parked car. */
const driveway: Painter = (x, y) => {
  if (inBox(x, y, 6, 11, 10, 3) || inBox(x, y, 8, 9, 6, 2)) return inBox(x, y, 9, 9, 4, 1) ? WINDOW : CAR;
  if (y >= 14 && (x === 7 || x === 14)) return 0x111111;
  if (y >= 10) return x > 3 && x < 20 ? ROAD : GRASS;
  if (inBox(x, y, 22, 3, 8, 7)) return inBox(x, y, 24, 5, 3, 5) ? DOOR : WALL;
  return sky(y);
};

/** A back yard: a tree and a fence. */
const yard: Painter = (x, y) => {
  if (inBox(x, y, 6, 9, 2, 5)) return TRUNK;
  if ((x - 7) ** 2 + (y - 6) ** 2 <= 12) return TREE;
  if (y >= 9 && y < 12 && x % 3 === 0) return WALL;
  if (y === 10) return WALL;
  if (y >= 12) return GRASS;
  return sky(y);
};

/** A porch: a door, a window, steps. */
const porch: Painter = (x, y) => {
  if (y >= 15) return y % 2 === 0 ? 0x7a7a7a : 0x8e8e8e;
  if (inBox(x, y, 4, 4, 7, 11)) return inBox(x, y, 9, 9, 1, 1) ? LINE : DOOR;
  if (inBox(x, y, 16, 5, 10, 6)) return x === 21 || y === 8 ? WALL : WINDOW;
  return y < 2 ? ROOF : WALL;
};

const CLOUD_ROWS = ['.####.', '######'];
const WALKER_ROWS = [
  ['.##.', '.##.', '####', '#.##', '.##.', '.##.', '#..#', '#..#'],
  ['.##.', '.##.', '####', '##.#', '.##.', '.##.', '.##.', '.#.#'],
];
const WALKER_COLORS: Readonly<Record<number, number>> = { 0: 0xf2c28b, 1: 0xf2c28b, 2: 0x2962a8, 3: 0x2962a8 };

function fromRows(rows: readonly string[], color: (y: number) => number): SceneTexture {
  const width = rows[0]?.length ?? 0;
  // Unlit pixels are transparent: -1 marks them.
  return paint(width, rows.length, (x, y) => (rows[y]?.[x] === '#' ? color(y) : -1));
}

export const SCENE_BACKGROUNDS = ['scene.street', 'scene.driveway', 'scene.yard', 'scene.porch'] as const;
export const CLOUD_TEXTURE = 'scene.cloud';
export const WALKER_TEXTURES = ['scene.walker0', 'scene.walker1'] as const;

/** Every texture of the live picture by id; the renderer makes each once, on first use. */
export const SCENE_TEXTURES: Readonly<Record<string, () => SceneTexture>> = {
  'scene.street': () => paint(W, H, street),
  'scene.driveway': () => paint(W, H, driveway),
  'scene.yard': () => paint(W, H, yard),
  'scene.porch': () => paint(W, H, porch),
  [CLOUD_TEXTURE]: () => fromRows(CLOUD_ROWS, () => 0xf4f6f8),
  [WALKER_TEXTURES[0]]: () => fromRows(WALKER_ROWS[0]!, (y) => WALKER_COLORS[y] ?? 0x33363b),
  [WALKER_TEXTURES[1]]: () => fromRows(WALKER_ROWS[1]!, (y) => WALKER_COLORS[y] ?? 0x33363b),
};

export const CLOUD_SIZE = { w: CLOUD_ROWS[0]!.length, h: CLOUD_ROWS.length } as const;
export const WALKER_SIZE = { w: 4, h: 8 } as const;

/** A position going 0..range and back, one step per frame (so sprites drift and turn, never jump). */
export function pingPong(frame: number, range: number): number {
  if (range <= 0) return 0;
  const period = 2 * range;
  const phase = ((frame % period) + period) % period;
  return phase <= range ? phase : period - phase;
}
