/**
 * The renderer's performance marks (osd/render/frameMarks.ts), which `npm run bench` and the lazy places read:
 * osd:first-frame once, at the first frame that shows a layout; osd:frame after every frame, only the latest kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_FRAME_MARK, FRAME_MARK, markFrame } from '../../osd/render/frameMarks';

const marks = (name: string) => performance.getEntriesByName(name, 'mark') as PerformanceMark[];

describe('OSD frame marks', () => {
  afterEach(() => {
    performance.clearMarks(FIRST_FRAME_MARK);
    performance.clearMarks(FRAME_MARK);
  });

  it('marks the first frame that shows a layout, once', () => {
    markFrame(1, false);
    expect(marks(FIRST_FRAME_MARK)).toHaveLength(0);
    markFrame(2, true);
    markFrame(3, true);
    expect(marks(FIRST_FRAME_MARK).map((mark) => mark.detail)).toEqual([2]);
  });

  it('keeps only the latest frame mark, with the frame count', () => {
    const seen: number[] = [];
    for (let frame = 1; frame <= 5; frame++) {
      markFrame(frame, true);
      seen.push(...marks(FRAME_MARK).map((mark) => mark.detail as number));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(marks(FRAME_MARK)).toHaveLength(1);
  });
});
