/**
 * A new world's unit history is one timeline (firmware's UNIT_TIMELINE_DAYS): the unit is made (the sticker's "Made"
 * month and the serial's YYMM), then bought (the order e-mail's and the receipt's date of purchase), then the world
 * starts; whatever the start's day of the month.
 */
import { describe, expect, it } from 'vitest';
import { newWorldRecord } from '../../src/session/newWorld';

const STARTS = [
  Date.UTC(2026, 11, 3, 10), // the reported case: made 2026-12, bought 2026-10-19
  Date.UTC(2026, 2, 2, 9), // the default start
  Date.UTC(2027, 0, 1, 0), // the first day of a year
  Date.UTC(2028, 1, 29, 23, 59), // a leap day, late
];

describe('a new unit is made before it is bought, and bought before the world starts', () => {
  for (const startTime of STARTS) {
    it(new Date(startTime).toISOString(), async () => {
      const world = await newWorldRecord({
        id: 'w',
        modelId: 'LNR6108',
        seed: 5,
        startTime,
        createdAt: 1,
        pbkdf2Iterations: 1_000,
      });
      const { manufacturedYearMonth, serialNumber } = world.recorder.unit;
      // The sticker's "Made: 20YY-MM" (RecorderSticker.tsx) and the serial number carry the same month.
      const made = `20${manufacturedYearMonth.slice(0, 2)}-${manufacturedYearMonth.slice(2)}`;
      expect(serialNumber).toContain(manufacturedYearMonth);
      const order = world.outside.mailbox.find((mail) =>
        mail.body.some((line) => line.startsWith('Date of purchase: ')),
      );
      const bought = order!.body
        .find((line) => line.startsWith('Date of purchase: '))!
        .slice('Date of purchase: '.length);
      expect(bought).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(made <= bought.slice(0, 7), `made ${made}, bought ${bought}`).toBe(true);
      expect(bought < new Date(startTime).toISOString().slice(0, 10)).toBe(true);
    });
  }
});
