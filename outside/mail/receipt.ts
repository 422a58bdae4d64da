/**
 * The customer's receipt (docs/accessible-names.md): the image attached to the order-confirmation e-mail, accepted by Upload Bill of
 * Sale and Upload Proof of Purchase. A deterministic SVG drawn as text (store, order number, model, serial number,
 * date of purchase, price), written as a percent-encoded data URL so it needs no base64 and no DOM.
 */
import { RECORDER_MODELS, utf8, type RecorderModelId } from '../../firmware';
import type { StoredImage } from '../outsideTypes';
import { RECEIPT_PRICE_CENTS, STORE } from '../outsideRules';

export interface ReceiptFacts {
  readonly orderNumber: string;
  readonly modelId: RecorderModelId;
  readonly serialNumber: string;
  readonly purchaseDate: string;
}

const WIDTH = 480;
const LINE_HEIGHT = 24;

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

/** The receipt's lines, top to bottom. */
export function receiptLines(facts: ReceiptFacts): string[] {
  const model = RECORDER_MODELS[facts.modelId];
  return [
    STORE.name,
    'SALES RECEIPT',
    `Order number: ${facts.orderNumber}`,
    `Date of purchase: ${facts.purchaseDate}`,
    '',
    `${model.id}  ${model.description}`,
    `Serial number: ${facts.serialNumber}`,
    `Qty 1   ${money(RECEIPT_PRICE_CENTS)}`,
    '',
    `TOTAL PAID   ${money(RECEIPT_PRICE_CENTS)}`,
    'Thank you for your purchase.',
  ];
}

export function receiptSvg(facts: ReceiptFacts): string {
  const lines = receiptLines(facts);
  const height = (lines.length + 2) * LINE_HEIGHT;
  const text = lines
    .map((line, index) => {
      const weight = index < 2 ? ' font-weight="bold"' : '';
      return `<text x="24" y="${(index + 1.5) * LINE_HEIGHT}"${weight}>${escapeXml(line)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g font-family="monospace" font-size="16" fill="#111111">${text}</g></svg>`
  );
}

/** The receipt as a stored image (an SVG data URL). */
export function receiptImage(facts: ReceiptFacts, id: string): StoredImage {
  const svg = receiptSvg(facts);
  return {
    id,
    dataUrl: `data:image/svg+xml,${encodeURIComponent(svg)}`,
    mimeType: 'image/svg+xml',
    sizeBytes: utf8(svg).length,
    name: `receipt-${facts.orderNumber}.svg`,
  };
}
