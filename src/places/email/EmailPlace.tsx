/**
 * The Email place (docs/accessible-names.md): the customer's inbox. One list item per message (newest first) with its subject,
 * sender and time, unread ones marked; opening one marks it read and shows its body lines exactly as the world
 * wrote them ("Ticket number: <n>", "Temporary password: <p>", "Verification code: <6 digits>") and its image
 * attachments (which the website's upload fields offer too).
 *
 * Renders its controls only while it is the current place (see ../shared/drafts.tsx); the open message is a draft.
 */
import '../shared/places.css';
import type { Email, OutsideWorldApi } from '../../../outside';
import type { WorldSession } from '../../session/worldSession';
import { DraftProvider, useDraft } from '../shared/drafts';
import { useOutsideState } from '../shared/useOutsideState';
import { formatWorldTime } from '../shared/worldTime';

export function EmailPlace({ session, active = true }: { session: WorldSession; active?: boolean }) {
  return <EmailRoot api={session.outside} active={active} />;
}

export function EmailRoot({ api, active = true }: { api: OutsideWorldApi; active?: boolean }) {
  return <DraftProvider>{active && <Inbox api={api} />}</DraftProvider>;
}

function Inbox({ api }: { api: OutsideWorldApi }) {
  const state = useOutsideState(api);
  const [openId, setOpenId] = useDraft<string | null>('email:open', null);
  // Newest first; the mailbox is in delivery order, so messages of the same minute keep it (reversed).
  const messages = [...state.mailbox].reverse().sort((a, b) => b.receivedAt - a.receivedAt);
  const open = messages.find((email) => email.id === openId) ?? null;
  const unread = messages.filter((email) => !email.read).length;

  const openMessage = (email: Email) => {
    setOpenId(email.id);
    if (!email.read) void api.markRead(email.id);
  };

  return (
    <div className="email">
      <section className="email-list" aria-labelledby="email-inbox-title">
        <h2 id="email-inbox-title">
          Inbox of {state.account.email} ({unread} unread)
        </h2>
        {messages.length === 0 ? (
          <p>No messages.</p>
        ) : (
          <ul aria-label="Messages">
            {messages.map((email) => (
              <li key={email.id} className={email.read ? 'email-read' : 'email-unread'}>
                <button
                  type="button"
                  aria-current={email.id === openId ? 'true' : undefined}
                  onClick={() => openMessage(email)}
                >
                  {!email.read && <span className="email-unread-mark">Unread: </span>}
                  <span className="email-subject">{email.subject}</span>
                  <span className="email-from">From: {email.from}</span>
                  <span className="email-time">{formatWorldTime(email.receivedAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {open && <Message email={open} />}
    </div>
  );
}

function Message({ email }: { email: Email }) {
  return (
    <article className="email-message" aria-labelledby="email-message-subject">
      <h3 id="email-message-subject">{email.subject}</h3>
      <dl className="email-headers">
        <dt>From</dt>
        <dd>{email.from}</dd>
        <dt>To</dt>
        <dd>{email.to}</dd>
        <dt>Received</dt>
        <dd>{formatWorldTime(email.receivedAt)}</dd>
      </dl>
      <div className="email-body">
        {email.body.map((line, index) => (
          // Lines may repeat (blank lines); their order is their identity.
          <p key={index}>{line || '\u00a0'}</p>
        ))}
      </div>
      {email.attachments.length > 0 && (
        <section aria-label="Attachments" className="email-attachments">
          <h4>Attachments</h4>
          {email.attachments.map((attachment) => (
            <figure key={attachment.id}>
              <img src={attachment.image.dataUrl} alt={attachment.name} />
              <figcaption>
                {attachment.name} ({Math.max(1, Math.round(attachment.image.sizeBytes / 1024))} KB)
              </figcaption>
            </figure>
          ))}
          <p>Attachments can be uploaded on the Support Website (choose them from photos and e-mail).</p>
        </section>
      )}
    </article>
  );
}
