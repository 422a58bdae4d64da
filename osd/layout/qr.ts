/**
 * QR codes as pixel rows (for the Device ID on Info), made by the `qrcode` library. Error correction M, no quiet
 * zone (the layout leaves a white margin around it).
 */
import QRCode from 'qrcode';

/** Codes already made, by text: layout asks twice per frame (row height, then drawing) and on every hover. */
const made = new Map<string, readonly string[]>();

export function qrRows(text: string): readonly string[] {
  const known = made.get(text);
  if (known) return known;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let line = '';
    for (let column = 0; column < modules.size; column++) line += modules.get(row, column) ? '#' : '.';
    rows.push(line);
  }
  made.set(text, rows);
  return rows;
}
