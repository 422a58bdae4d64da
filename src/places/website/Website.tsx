/**
 * The site's frame: its header with the site navigation (links, so they read as a web site's: My Account, Recover
 * Password), the signed-in account's own navigation (Warranty, Reset Device Password, Sign Out), and the current
 * page. The page is a draft, so coming back to the site shows the page that was open.
 */
import type { OutsideWorldApi } from '../../../outside';
import { useDraft } from '../shared/drafts';
import { useOutsideState } from '../shared/useOutsideState';
import { RecoverPasswordPage } from './RecoverPasswordPage';
import { ResetDevicePasswordPage } from './ResetDevicePasswordPage';
import { SignInPage } from './SignInPage';
import { ActivateWarrantyPage, WarrantyPage } from './WarrantyPages';
import { SITE_NAME, SUPPORT_HOURS } from './websiteText';

export type WebsitePage = 'home' | 'account' | 'warranty' | 'activateWarranty' | 'resetDevicePassword' | 'recover';

/** Pages that need the customer signed in (the world refuses their commands otherwise). */
const SIGNED_IN_PAGES: ReadonlySet<WebsitePage> = new Set([
  'account',
  'warranty',
  'activateWarranty',
  'resetDevicePassword',
]);

export function Website({ api }: { api: OutsideWorldApi }) {
  const state = useOutsideState(api);
  const [page, setPage] = useDraft<WebsitePage>('website:page', 'home');
  const signedIn = state.websiteSession !== null;
  const shown: WebsitePage = SIGNED_IN_PAGES.has(page) && !signedIn ? 'account' : page;

  const link = (target: WebsitePage, text: string) => (
    <a
      href="#website"
      aria-current={shown === target ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        setPage(target);
      }}
    >
      {text}
    </a>
  );

  return (
    <div className="website">
      <header className="website-header">
        <p className="website-name">{SITE_NAME}</p>
        <nav aria-label="Support site">
          {link('home', 'Home')}
          {link('account', 'My Account')}
        </nav>
      </header>
      {signedIn && SIGNED_IN_PAGES.has(shown) && (
        <nav aria-label="Account" className="website-account-nav">
          {link('warranty', 'Warranty')}
          {link('resetDevicePassword', 'Reset Device Password')}
          <button type="button" onClick={() => void api.signOut()}>
            Sign Out
          </button>
        </nav>
      )}
      <div className="website-page">
        {shown === 'home' && <HomePage link={link} />}
        {shown === 'account' &&
          (signedIn ? (
            <AccountPage email={state.account.email} name={`${state.account.firstName} ${state.account.lastName}`} />
          ) : (
            <SignInPage api={api} recoverLink={link('recover', 'Recover Password')} />
          ))}
        {shown === 'warranty' && (
          <WarrantyPage warranties={state.warranties} onActivate={() => setPage('activateWarranty')} />
        )}
        {shown === 'activateWarranty' && <ActivateWarrantyPage api={api} onSaved={() => setPage('warranty')} />}
        {shown === 'resetDevicePassword' && <ResetDevicePasswordPage api={api} />}
        {shown === 'recover' && <RecoverPasswordPage api={api} signInLink={link('account', 'Sign in')} />}
      </div>
      <footer className="website-footer">
        <p>{SUPPORT_HOURS}</p>
      </footer>
    </div>
  );
}

function HomePage({ link }: { link: (target: WebsitePage, text: string) => React.ReactNode }) {
  return (
    <section aria-labelledby="website-home-title">
      <h2 id="website-home-title">How to Reset Your Password</h2>
      <h3>Your NVR or DVR&apos;s password</h3>
      <p>
        Request a temporary password for your recorder: it is necessary to register your product for warranty first.
        Sign in to {link('account', 'your account')}, activate the warranty of your recorder, then choose Reset Device
        Password. You will get an e-mail with a ticket number, then a follow-up e-mail with a temporary password.
      </p>
      <h3>Your account password</h3>
      <p>
        Your support account and mobile app account share one e-mail and password: changing one changes the other.
        Forgot it? Use {link('recover', 'Recover Password')}.
      </p>
    </section>
  );
}

function AccountPage({ email, name }: { email: string; name: string }) {
  return (
    <section aria-labelledby="website-account-title">
      <h2 id="website-account-title">My Account</h2>
      <p>
        Signed in as {name} ({email}).
      </p>
      <p>Register your products under Warranty; ask for a temporary recorder password under Reset Device Password.</p>
    </section>
  );
}
