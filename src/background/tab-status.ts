import { TabProtection } from '../contracts/messages';
import type { KeyValueStore } from '../platform/local-storage';

/** storage.session key prefix of a tab's protection status (`tabProtection:<tabId>`). */
export const TAB_STATUS_PREFIX = 'tabProtection:';

/**
 * What each tab's protection content script last reported (`cs-bg/protection-status`): the
 * popup's "This tab". A content script reports when its page loads, when its scanner path changes
 * and when its page is shown again from the back/forward cache, never periodically; so the
 * status must outlive the MV3 service worker, which is stopped after ~30 s idle. It is kept in
 * `storage.session` (src/platform/session-storage.ts): it survives worker restarts, is gone after
 * a browser restart (tab ids are only valid within a browser session anyway) and never reaches
 * the disk. An entry is dropped when its tab closes or the tab's top frame commits another
 * document; an entry is read back through the contract (`TabProtection`), so a malformed one
 * counts as none.
 *
 * Operations on one tab run one at a time, in order: a navigation and the new page's first report
 * may arrive together, and a read-compare-remove must not drop the report that came in between.
 */
export class TabStatusStore {
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(private readonly store: KeyValueStore) {}

  set(tabId: number, status: TabProtection): Promise<void> {
    return this.serial(tabId, () => this.store.set(key(tabId), status));
  }

  get(tabId: number): Promise<TabProtection | null> {
    return this.serial(tabId, () => this.read(tabId));
  }

  /** The tab closed. */
  closed(tabId: number): Promise<void> {
    return this.serial(tabId, () => this.store.remove(key(tabId)));
  }

  /**
   * The tab's top frame committed another document at `at` (ms since the epoch): a status the old
   * document reported is no longer true. One reported after the commit is the new document's own
   * (its report may be handled before the navigation event) and stays.
   */
  navigated(tabId: number, at: number): Promise<void> {
    return this.serial(tabId, async () => {
      const status = await this.read(tabId);
      if (!status) return;
      const reported = Date.parse(status.reportedAt);
      if (Number.isNaN(reported) || reported < at) await this.store.remove(key(tabId));
    });
  }

  private async read(tabId: number): Promise<TabProtection | null> {
    const parsed = TabProtection.safeParse(await this.store.get(key(tabId)));
    return parsed.success ? parsed.data : null;
  }

  private serial<T>(tabId: number, op: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(op, op);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(tabId, settled);
    void settled.then(() => {
      if (this.queues.get(tabId) === settled) this.queues.delete(tabId);
    });
    return next;
  }
}

const key = (tabId: number) => `${TAB_STATUS_PREFIX}${tabId}`;
