/**
 * The Wi-Fi camera's chime (seed 000: "you will hear a chime sound"), made with Web Audio: a short two-note tone from
 * an OscillatorNode, no audio file. Browsers let a page start audio only after a user gesture, so the AudioContext is
 * created (or resumed) by unlockChime() from one (pressing a camera's reset button) and the chime, which comes later
 * from simulated time, plays on it. Without Web Audio, or before any gesture, playChime does nothing and says so.
 *
 * The tone is *invented*: 880 Hz then 1320 Hz, 0.5 s in all, soft attack and decay.
 */
const NOTES_HZ = [880, 1320] as const;
const NOTE_S = 0.25;
const PEAK_GAIN = 0.2;

let context: AudioContext | null = null;

/** Call from a user gesture: creates the AudioContext on first use and resumes it if the browser suspended it. */
export function unlockChime(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
}

/** Plays the chime; false when there is no audio (no Web Audio, or no gesture yet). */
export function playChime(): boolean {
  if (!context) return false;
  const start = context.currentTime;
  const gain = context.createGain();
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_S * NOTES_HZ.length);
  gain.connect(context.destination);
  const oscillator = context.createOscillator();
  oscillator.type = 'sine';
  NOTES_HZ.forEach((hz, index) => oscillator.frequency.setValueAtTime(hz, start + index * NOTE_S));
  oscillator.connect(gain);
  oscillator.start(start);
  oscillator.stop(start + NOTE_S * NOTES_HZ.length);
  oscillator.onended = () => gain.disconnect();
  return true;
}
