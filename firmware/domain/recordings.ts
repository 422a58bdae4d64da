/**
 * Recordings on the hard disk (P13), generated deterministically instead of stored: every channel records around the
 * clock at its own rate (drawn from the unit's serial number) from the disk's origin to now, except in the gaps when
 * recording stopped (upgrade, backup, format: Lorex manual, domain research §10). Overwrite is on (MAN-LHB800): when
 * the disk is full the oldest recordings go, so the disk holds the newest `capacity / total rate` hours.
 *
 * Times are device times (what the recorder's clock showed). The origin of a disk never formatted is the first day
 * of the unit's month of manufacture (*invented*: "since manufacture"; overwrite keeps the oldest sensible).
 */
import { DISK_GAPS_MAX, RECORDING_MB_PER_HOUR_MAX, RECORDING_MB_PER_HOUR_MIN } from '../catalogue/rules';
import type { DiskState } from '../persistence/flash';
import { nextUint32 } from './random';
import type { UnitIdentity } from './unitIdentity';

const HOUR_MS = 3_600_000;

export interface Period {
  readonly from: number;
  readonly to: number;
}

export interface ChannelRecording {
  /** 1-based, as the OSD numbers channels. */
  readonly channel: number;
  readonly mbPerHour: number;
  /** The part of the disk this channel uses. */
  readonly usedMb: number;
}

export interface DiskSummary {
  readonly capacityMb: number;
  readonly usedMb: number;
  /** Device time of the oldest and newest recorded video, null when the disk holds none. */
  readonly oldest: number | null;
  readonly newest: number | null;
  /** The periods still on the disk, oldest first. */
  readonly periods: readonly Period[];
  readonly channels: readonly ChannelRecording[];
}

/** Capacity in MB (decimal, as drive makers count) of a size such as "2 TB" or "500 GB"; 0 when unreadable. */
export function hddCapacityMb(size: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(TB|GB)$/i.exec(size.trim());
  if (!match) return 0;
  return Math.round(Number(match[1]) * (match[2]?.toUpperCase() === 'TB' ? 1_000_000 : 1_000));
}

/** FNV-1a of a string: a small stable hash, so rates depend only on the unit. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The recording rate of one channel of this unit, MB per hour. */
export function channelRateMbPerHour(unit: UnitIdentity, channel: number): number {
  const span = RECORDING_MB_PER_HOUR_MAX - RECORDING_MB_PER_HOUR_MIN + 1;
  return RECORDING_MB_PER_HOUR_MIN + (nextUint32(fnv1a(`${unit.serialNumber}:${channel}`))[0] % span);
}

/** Device time the disk starts from: its last format, or the first day of the unit's month of manufacture. */
export function recordingOrigin(unit: UnitIdentity, disk: DiskState): number {
  if (disk.recordingSince !== null) return disk.recordingSince;
  const yy = Number(unit.manufacturedYearMonth.slice(0, 2));
  const mm = Number(unit.manufacturedYearMonth.slice(2, 4));
  return Date.UTC(2000 + (Number.isFinite(yy) ? yy : 0), Math.max(0, (Number.isFinite(mm) ? mm : 1) - 1), 1);
}

/** [from, to] without the gaps, oldest first. */
export function periodsWithout(from: number, to: number, gaps: readonly Period[]): Period[] {
  const sorted = [...gaps].filter((gap) => gap.to > from && gap.from < to).sort((a, b) => a.from - b.from);
  const periods: Period[] = [];
  let start = from;
  for (const gap of sorted) {
    if (gap.from > start) periods.push({ from: start, to: Math.min(gap.from, to) });
    start = Math.max(start, gap.to);
  }
  if (start < to) periods.push({ from: start, to });
  return periods;
}

const lengthOf = (periods: readonly Period[]): number => periods.reduce((sum, p) => sum + (p.to - p.from), 0);

/** The newest `keepMs` of `periods` (oldest first). */
function newest(periods: readonly Period[], keepMs: number): Period[] {
  const kept: Period[] = [];
  let left = keepMs;
  for (let i = periods.length - 1; i >= 0 && left > 0; i--) {
    const period = periods[i]!;
    const length = period.to - period.from;
    kept.unshift(length <= left ? period : { from: period.to - left, to: period.to });
    left -= length;
  }
  return kept;
}

export interface DiskInput {
  readonly unit: UnitIdentity;
  readonly channels: number;
  readonly hddSize: string;
  readonly disk: DiskState;
  /** Device time now. */
  readonly now: number;
  /** Device time recording stopped for a running task (format, backup, upgrade), or null while recording. */
  readonly stoppedSince: number | null;
}

/** What the disk holds now. */
export function diskSummary(input: DiskInput): DiskSummary {
  const capacityMb = hddCapacityMb(input.hddSize);
  const channels = Array.from({ length: input.channels }, (_, index) => index + 1);
  const rates = channels.map((channel) => channelRateMbPerHour(input.unit, channel));
  const totalMbPerHour = rates.reduce((sum, rate) => sum + rate, 0);
  const until = input.stoppedSince === null ? input.now : Math.min(input.now, input.stoppedSince);
  const all = periodsWithout(recordingOrigin(input.unit, input.disk), until, input.disk.gaps);
  const capacityMs = totalMbPerHour > 0 ? Math.floor((capacityMb / totalMbPerHour) * HOUR_MS) : 0;
  const periods = newest(all, capacityMs);
  const hours = lengthOf(periods) / HOUR_MS;
  return {
    capacityMb,
    usedMb: Math.min(capacityMb, Math.round(hours * totalMbPerHour)),
    oldest: periods[0]?.from ?? null,
    newest: periods[periods.length - 1]?.to ?? null,
    periods,
    channels: channels.map((channel, index) => ({
      channel,
      mbPerHour: rates[index] ?? 0,
      usedMb: Math.round(hours * (rates[index] ?? 0)),
    })),
  };
}

/** MB of the newest `spanMs` of recordings on the disk (what a backup copies). */
export function newestRecordingsMb(summary: DiskSummary, spanMs: number): number {
  const total = summary.channels.reduce((sum, channel) => sum + channel.mbPerHour, 0);
  return Math.round((lengthOf(newest(summary.periods, spanMs)) / HOUR_MS) * total);
}

/** The disk after recording stopped from `from` to `to` (device times). */
export function withGap(disk: DiskState, from: number, to: number): DiskState {
  if (to <= from) return disk;
  const gaps = [...disk.gaps, { from, to }];
  return { ...disk, gaps: gaps.slice(Math.max(0, gaps.length - DISK_GAPS_MAX)) };
}

/** The disk after a format finished at device time `at`: empty, recording from then on. */
export const formattedDisk = (at: number): DiskState => ({ recordingSince: at, gaps: [] });
