/**
 * QR codes as pixel rows (for the Device ID on Info), made by the `qrcode` library. Error correction M, no quiet
 * zone (the layout leaves a white margin around it).
 */
import QRCode from 'qrcode';

export function qrRows(text: string): string[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let line = '';
    for (let column = 0; column < modules.size; column++) line += modules.get(row, column) ? '#' : '.';
    rows.push(line);
  }
  return rows;
}
