/**
 * My Account > Warranty (the account's registered products) and Activate Warranty (seed 000, "Register Your
 * Warranty": Model Number, Serial Number (S/N), Date of Purchase, Upload Bill of Sale, Save Warranty). The world
 * checks every field (the model and serial must be a unit it made; the bill of sale an image up to 10 MB); a refused
 * form keeps what was typed and shows each message next to its field.
 */
import type { OutsideWorldApi, Upload, Warranty, WarrantyField } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { ErrorSummary } from '../shared/ErrorSummary';
import { TextField } from '../shared/TextField';
import { UploadField } from '../shared/UploadField';
import { useOutsideState } from '../shared/useOutsideState';
import { useSubmission } from '../shared/useSubmission';
import { formatWorldTime } from '../shared/worldTime';
import { DATE_PLACEHOLDER, WARRANTY_LABELS } from './websiteText';

export function WarrantyPage({ warranties, onActivate }: { warranties: readonly Warranty[]; onActivate: () => void }) {
  const [saved, setSaved] = useDraft<string | null>('warranty:saved', null);
  return (
    <section aria-labelledby="website-warranty-title">
      <h2 id="website-warranty-title">Warranty</h2>
      {saved && <p role="status">{saved}</p>}
      {warranties.length === 0 ? (
        <p>No products registered yet. Register your recorder to request a temporary password.</p>
      ) : (
        <ul aria-label="Registered products">
          {warranties.map((warranty) => (
            <li key={warranty.id}>
              {warranty.modelId}, S/N {warranty.serialNumber}, purchased {warranty.purchaseDate} (registered{' '}
              {formatWorldTime(warranty.registeredAt)})
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => {
          setSaved(null);
          onActivate();
        }}
      >
        Activate Warranty
      </button>
    </section>
  );
}

export function ActivateWarrantyPage({ api, onSaved }: { api: OutsideWorldApi; onSaved: () => void }) {
  const state = useOutsideState(api);
  const [modelNumber, setModelNumber] = useDraft('warranty:model', '');
  const [serialNumber, setSerialNumber] = useDraft('warranty:serial', '');
  const [dateOfPurchase, setDateOfPurchase] = useDraft('warranty:date', '');
  const [billOfSale, setBillOfSale] = useDraft<Upload | null>('warranty:bill', null);
  const [, setSaved] = useDraft<string | null>('warranty:saved', null);
  const { errors, busy, handleSubmit } = useSubmission<WarrantyField>(api, 'warranty');

  const onSubmit = handleSubmit(
    () => api.activateWarranty({ modelNumber, serialNumber, dateOfPurchase, billOfSale }),
    (warranty) => {
      setModelNumber('');
      setSerialNumber('');
      setDateOfPurchase('');
      setBillOfSale(null);
      setSaved(`Warranty saved for ${warranty.modelId}, S/N ${warranty.serialNumber}.`);
      onSaved();
    },
  );

  return (
    <section aria-labelledby="website-activate-title">
      <h2 id="website-activate-title">Activate Warranty</h2>
      <p>All fields are required.</p>
      <form noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
        <ErrorSummary errors={errors} labels={WARRANTY_LABELS} />
        <TextField
          label={WARRANTY_LABELS.modelNumber}
          value={modelNumber}
          onChange={setModelNumber}
          error={errors.modelNumber}
        />
        <TextField
          label={WARRANTY_LABELS.serialNumber}
          value={serialNumber}
          onChange={setSerialNumber}
          error={errors.serialNumber}
        />
        <TextField
          label={WARRANTY_LABELS.dateOfPurchase}
          value={dateOfPurchase}
          onChange={setDateOfPurchase}
          error={errors.dateOfPurchase}
          placeholder={DATE_PLACEHOLDER}
        />
        <UploadField
          label={WARRANTY_LABELS.billOfSale}
          value={billOfSale}
          onChange={setBillOfSale}
          error={errors.billOfSale}
          state={state}
        />
        <button type="submit" disabled={busy}>
          Save Warranty
        </button>
      </form>
    </section>
  );
}
