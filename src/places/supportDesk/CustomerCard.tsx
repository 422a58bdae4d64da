/**
 * The customer card (docs/accessible-names.md): who the customer is and what the vendor knows of them: name, e-mail, phone, the
 * one account shared by the website and the mobile app (and where it is signed in), the devices registered to it in
 * the app, and its warranty registrations. The account's password is shown while it is still the practice world's
 * starting one (a trainee needs it to sign in; see usePracticeCredentials), otherwise that it was changed.
 */
import type { OutsideWorldState } from '../../../outside';
import { usePracticeCredentials } from '../shared/usePracticeCredentials';

const DEVICE_KIND_TEXT = { recorder: 'Recorder', 'ip-camera': 'IP camera', 'wifi-camera': 'Wi-Fi camera' } as const;

export function CustomerCard({ state }: { state: OutsideWorldState }) {
  const { account } = state;
  const practice = usePracticeCredentials(account);
  const signedIn = [state.websiteSession && 'website', state.appSession && 'mobile app'].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="desk-customer-title" className="desk-customer">
      <h3 id="desk-customer-title">Customer</h3>
      <dl>
        <dt>Name</dt>
        <dd>
          {account.firstName} {account.lastName}
        </dd>
        <dt>E-mail</dt>
        <dd>{account.email}</dd>
        <dt>Phone</dt>
        <dd>{account.phone}</dd>
        <dt>Website and mobile app account</dt>
        <dd>
          {account.email} (one account for both; signed in: {signedIn || 'nowhere'})
        </dd>
        <dt>Password</dt>
        <dd>{passwordText(practice)}</dd>
      </dl>
      <h4>Registered devices</h4>
      {state.appDevices.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul aria-label="Registered devices">
          {state.appDevices.map((device) => (
            <li key={device.id}>
              {DEVICE_KIND_TEXT[device.kind]} {device.name}: {device.modelId}, S/N {device.serialNumber}
              {device.deviceId ? `, Device ID ${device.deviceId}` : ''}
              {device.owner ? ' (owner)' : ' (shared)'}
            </li>
          ))}
        </ul>
      )}
      <h4>Warranties</h4>
      {state.warranties.length === 0 ? (
        <p>No warranty registration.</p>
      ) : (
        <ul aria-label="Warranties">
          {state.warranties.map((warranty) => (
            <li key={warranty.id}>
              {warranty.modelId}, S/N {warranty.serialNumber}, purchased {warranty.purchaseDate}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function passwordText(practice: ReturnType<typeof usePracticeCredentials>): string {
  if (practice === null) return 'checking…';
  return practice.password ?? 'changed by the customer (no longer the practice password)';
}
