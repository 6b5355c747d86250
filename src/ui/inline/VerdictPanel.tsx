import { useEffect, useRef, useState } from 'preact/hooks';
import { strings } from '../strings';
import type { VerdictChoice, VerdictView } from './model';

const t = strings.inline;
const MIN_JUSTIFICATION = 10;

export interface VerdictPanelProps {
  view: VerdictView;
  onChoice(choice: VerdictChoice): void;
}

/**
 * The inline panel shown when a send attempt needs the user: what was found (type, masked
 * preview, line), why (the rule and the policy's coaching text), and only the actions policy
 * allows. An alertdialog: focus moves to the first action, Esc cancels (wired by the host, since
 * key events inside our UI are kept from the page).
 */
export function VerdictPanel({ view, onChoice }: VerdictPanelProps) {
  const firstAction = useRef<HTMLButtonElement>(null);
  const reason = useRef<HTMLTextAreaElement>(null);
  const [askReason, setAskReason] = useState(false);
  const [reasonError, setReasonError] = useState(false);

  useEffect(() => firstAction.current?.focus(), [view]);
  useEffect(() => {
    if (askReason) reason.current?.focus();
  }, [askReason]);

  // Synthetic clicks from page scripts must not choose for the user.
  const trusted = (fn: () => void) => (e: MouseEvent) => {
    if (e.isTrusted) fn();
  };

  const sendAnyway = () => {
    if (!view.needsJustification) return onChoice({ kind: 'send_anyway' });
    if (!askReason) return setAskReason(true);
    const text = reason.current?.value.trim() ?? '';
    if (text.length < MIN_JUSTIFICATION) return setReasonError(true);
    onChoice({ kind: 'send_anyway', justification: text });
  };

  const isFile = view.subject === 'file';
  const canRedact = view.canRedact && !isFile;
  const primaryIsRedact = canRedact;
  const title = isFile ? t.file.title[view.action] : t.title[view.action];
  const lead = view.appBlockedReason ?? (isFile ? t.file.lead[view.action] : t.lead[view.action]);
  return (
    <div
      class={`sag-panel sag-${view.action}`}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="sag-title"
      aria-describedby="sag-lead"
      data-testid="sag-verdict"
      data-action={view.action}
      data-subject={view.subject ?? 'prompt'}
    >
      <header>
        <span class="sag-icon" aria-hidden="true">
          {view.action === 'block' ? <BlockIcon /> : <WarnIcon />}
        </span>
        <h2 id="sag-title">{title}</h2>
      </header>
      <p id="sag-lead">{lead}</p>
      {view.items.length > 0 && (
        <section aria-label={t.found}>
          <ul class="sag-items">
            {view.items.map((item) => (
              <li key={`${item.rule}:${item.line}:${item.preview}`} data-rule={item.rule}>
                <strong>{item.label}</strong> <code>{item.preview}</code>{' '}
                <span class="sag-muted">{item.file ? t.file.inFile(item.file, item.line) : t.onLine(item.line)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.coaching && (
        <p class="sag-why">
          <strong>{t.why}: </strong>
          {view.coaching}
        </p>
      )}
      {askReason && (
        <div class="sag-reason">
          <label for="sag-reason-input">{t.justificationLabel}</label>
          <textarea
            id="sag-reason-input"
            ref={reason}
            rows={2}
            aria-describedby="sag-reason-hint"
            aria-invalid={reasonError}
            onInput={() => setReasonError(false)}
          />
          <small id="sag-reason-hint">{reasonError ? t.justificationRequired : t.justificationHint}</small>
        </div>
      )}
      <div class="sag-actions">
        {canRedact && (
          <button ref={firstAction} class="sag-primary" onClick={trusted(() => onChoice({ kind: 'redact' }))}>
            {t.redactAndSend}
          </button>
        )}
        {!isFile && (
          <button
            ref={primaryIsRedact ? undefined : firstAction}
            class={primaryIsRedact ? '' : 'sag-primary'}
            onClick={trusted(() => onChoice({ kind: 'edit' }))}
          >
            {t.edit}
          </button>
        )}
        {view.canSendAnyway && <button onClick={trusted(sendAnyway)}>{t.sendAnyway}</button>}
        {/* For files the safe choice, Cancel (nothing is attached), is the primary one. */}
        <button ref={isFile ? firstAction : undefined} class={isFile ? 'sag-primary' : 'sag-quiet'} onClick={trusted(() => onChoice({ kind: 'cancel' }))}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

/**
 * The quiet while-typing indicator: a polite live region, never focused, never in the way.
 * `data-action` is what the policy would do on send (styling hook; tests wait on it).
 */
export function TypingIndicator({ count, action }: { count: number; action: string }) {
  return (
    <div class="sag-indicator" role="status" aria-live="polite" data-testid="sag-indicator" data-action={count > 0 ? action : undefined}>
      {count > 0 ? t.sensitiveCount(count) : ''}
    </div>
  );
}

/* Inline SVG icons: emoji render as empty boxes where no emoji font is installed. */
function BlockIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <rect x="5" y="8.75" width="10" height="2.5" rx="1" fill="#fff" />
    </svg>
  );
}

function WarnIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
      <path d="M10 1.5 19 18H1z" fill="currentColor" />
      <rect x="9" y="7" width="2" height="6" rx="1" fill="#fff" />
      <circle cx="10" cy="15.2" r="1.2" fill="#fff" />
    </svg>
  );
}
