import type { Page } from '@playwright/test';
import type { InventoryRecent } from '../../src/contracts/events';
import { ChatPage } from './pages/chat-page';
import type { EditorKind } from './support/fixture-server';
import { expect, test } from './support/extension';
import { askBackground } from './support/sw-control';

/**
 * One user send = one `prompt_checked` (docs/events.md). The while-typing scan reports nothing by
 * itself, and a send the page carries out in several events is still one send: on these fixtures
 * the send control is a submit button in a <form>, so a click on it is followed by the form's
 * `submit` (a second trigger the extension intercepts). Under the built-in default policy source
 * code is `monitor`: it goes through, and the send is recorded once.
 *
 * What is counted is the extension's local record of outcomes (popup inventory `recent`): each
 * outcome the content script reports builds exactly one org event with it (recordPromptChecked).
 */
const FORM_SITES: [EditorKind, string][] = [
  ['textarea', 'grok.com'],
  ['prosemirror', 'chatgpt.com'],
];

/** Monitored under the default policy (source code), a different literal for each send. */
let n = 0;
const sql = () => `SELECT c.id, c.name, SUM(o.total) AS revenue\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at > '2024-01-${String(++n).padStart(2, '0')}'\nGROUP BY c.id, c.name;`;

for (const [editor, host] of FORM_SITES) {
  test(`${editor} on ${host}: one monitored send is one event, whatever the trigger`, async ({ page, fixtureServer, openExtensionPage }) => {
    const control = await openExtensionPage('options.html');
    const recorded = async (): Promise<InventoryRecent[]> =>
      (await askBackground<{ recent: InventoryRecent[] }>(control, { type: 'ui-bg/get-inventory' })).recent.filter((r) => r.host === host);
    const chat = await ChatPage.open(page, fixtureServer, host, { editor });
    await expect(chat.sendButton).toHaveAttribute('type', 'submit'); // the case under test: click, then the form's submit

    const cases: [string, (p: Page) => Promise<void>][] = [
      ['click right after typing (usually no cached verdict yet: held, decided, replayed)', async () => chat.clickSend()],
      [
        'click with the verdict cached while typing (passes untouched)',
        async (p) => {
          await expect(p.getByTestId('sag-indicator')).toContainText('1');
          await chat.clickSend();
        },
      ],
      [
        'Enter with the verdict cached while typing',
        async (p) => {
          await expect(p.getByTestId('sag-indicator')).toContainText('1');
          await chat.pressEnter();
        },
      ],
      ['Enter right after typing', async () => chat.pressEnter()],
    ];

    let sends = 0;
    for (const [name, send] of cases) {
      await test.step(name, async () => {
        const text = sql();
        await chat.type(text);
        await send(page);
        await expect.poll(() => chat.sentTexts()).toEqual([text]);
        sends += 1;
        await expect.poll(async () => (await recorded()).length, { message: 'outcomes recorded for this site' }).toBe(sends);
        await chat.expectNothingSent(600); // the page sent once…
        const outcomes = await recorded();
        expect(outcomes, 'one event per send: not a second one for the form submit').toHaveLength(sends); // …and it was recorded once
        expect(outcomes[0]).toMatchObject({ channel: 'typed', action: 'monitor', userDecision: 'none', categories: ['source_code'] });
        chat.forgetSent();
        await expect.poll(() => chat.composerText()).toBe('');
      });
    }

    await test.step('typing alone (scanned while typing, never sent) records nothing', async () => {
      await chat.type(sql());
      await expect(page.getByTestId('sag-indicator')).toContainText('1');
      await page.waitForTimeout(300);
      expect(await recorded()).toHaveLength(sends);
      await chat.expectNothingSent(50);
    });
  });
}
