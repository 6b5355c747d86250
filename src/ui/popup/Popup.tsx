import { useEffect, useState } from 'preact/hooks';
import { StatusResponse } from '../../contracts/messages';
import { sendToBackground } from '../../platform/send';
import { strings } from '../strings';

type State = { kind: 'loading' } | { kind: 'ready'; status: StatusResponse } | { kind: 'error' };

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void sendToBackground({ type: 'ui-bg/get-status' }).then((raw) => {
      const parsed = StatusResponse.safeParse(raw);
      setState(parsed.success ? { kind: 'ready', status: parsed.data } : { kind: 'error' });
    });
  }, []);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <h1>{strings.productName}</h1>
      {state.kind === 'loading' && <p>{strings.popup.loading}</p>}
      {state.kind === 'error' && <p role="alert">{strings.popup.unavailable}</p>}
      {state.kind === 'ready' && (
        <section>
          <p>
            <span class="label">{strings.popup.interceptedLabel}</span>{' '}
            <output data-testid="intercepted-count">{state.status.interceptedCount}</output>
          </p>
          {state.status.lastInterceptedHost && <p class="muted">{strings.popup.lastHost(state.status.lastInterceptedHost)}</p>}
          <footer class="muted">{strings.popup.version(state.status.extensionVersion)}</footer>
        </section>
      )}
    </main>
  );
}
