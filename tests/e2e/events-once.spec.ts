import type { Page } from '@playwright/test';
import type { InventoryRecent } from '../../src/contracts/events';
import { ChatPage } from './pages/chat-page';
import type { EditorKind } from './support/fixture-server';
import { expect, test } from './support/extension';
import { askBackground } from './support/sw-control';

/**
 * One user send = one `prompt_checked`, allow included (docs/events.md). The while-typing scan
 * reports nothing by itself, and a send the page carries out in several events is still one send:
 * on these fixtures the send control is a submit button in a <form>, so a click on it is followed
 * by the form's `submit` (a second trigger the extension intercepts). Under the built-in default
 * policy source code is `monitor`: it goes through, and the send is recorded once. A clean prompt
 * is `allow`: recorded once too, whether it was sent before the while-typing scan finished (held,
 * decided, replayed) or after (let through untouched on the cached verdict).
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

/**
 * How the extension let the last send through, seen from the page: a listener the page registers
 * on window (capture), which runs after the extension's own capture listeners (document_start), so
 * it sees only what the extension let pass. A trusted Enter or click reaching the page = it passed
 * untouched on the verdict cached while typing; none, or only our replayed (untrusted) click = it
 * was held, decided and replayed.
 */
async function watchSendPath(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sendPath: { trusted: number; replayed: number } };
    if (w.__sendPath) return;
    w.__sendPath = { trusted: 0, replayed: 0 };
    const count = (e: Event) => {
      if (e instanceof KeyboardEvent && (e.key !== 'Enter' || e.shiftKey)) return;
      if (e instanceof MouseEvent && !(e.target instanceof Element && e.target.closest('button[type="submit"]'))) return;
      if (e.isTrusted) w.__sendPath.trusted++;
      else w.__sendPath.replayed++;
    };
    window.addEventListener('keydown', count, { capture: true });
    window.addEventListener('click', count, { capture: true });
  });
}
const takeSendPath = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __sendPath: { trusted: number; replayed: number } };
    const seen = { ...w.__sendPath };
    w.__sendPath.trusted = 0;
    w.__sendPath.replayed = 0;
    return seen.trusted > 0 ? 'cached' : 'held';
  });

let m = 0;
/** Clean under the default policy: nothing to find, so the decision is `allow`. */
const clean = () => `Plan a quiet team offsite by the lake, idea ${String.fromCharCode(97 + (m++ % 26))}${m}`;

for (const [editor, host] of FORM_SITES) {
  test(`${editor} on ${host}: a clean prompt is one allow event, sent fast or slowly, by Enter or click`, async ({ page, fixtureServer, openExtensionPage }) => {
    const control = await openExtensionPage('options.html');
    const recorded = async (): Promise<InventoryRecent[]> =>
      (await askBackground<{ recent: InventoryRecent[] }>(control, { type: 'ui-bg/get-inventory' })).recent.filter((r) => r.host === host);
    const chat = await ChatPage.open(page, fixtureServer, host, { editor });
    await watchSendPath(page);
    await expect(chat.sendButton).toHaveAttribute('type', 'submit');

    const trigger = { enter: () => chat.pressEnter(), click: () => chat.clickSend() };
    /**
     * Types `text` and sends it right after the last keystroke: Enter, or a click at the send
     * button's place (no actionability wait), a few ms later — well inside the 40 ms the
     * while-typing scan waits for typing to pause.
     */
    const typeAndSendAtOnce = async (text: string, how: 'enter' | 'click') => {
      const box = await chat.sendButton.boundingBox();
      if (!box) throw new Error('no send button on screen');
      await chat.type(text);
      if (how === 'enter') await page.keyboard.press('Enter');
      else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    let sends = 0;
    for (const how of ['enter', 'click'] as const) {
      for (const [speed, path] of [
        ['fast (right after typing, before the while-typing scan finished)', 'held'],
        ['slowly (after the typing scan settled)', 'cached'],
      ] as const) {
        await test.step(`${how}, ${speed}: one allow event`, async () => {
          // Timing decides the path; try again (each try is a send of its own, and must be one
          // event too) until the path under test was really taken. On a loaded machine the
          // "fast" send can land after the typing scan five times in a row: up to ten tries.
          let taken: string | null = null;
          for (let attempt = 0; attempt < 10 && taken !== path; attempt++) {
            const text = clean();
            if (path === 'held') await typeAndSendAtOnce(text, how);
            else {
              await chat.type(text);
              await expect(page.getByTestId('sag-indicator')).toHaveText(''); // nothing found in it…
              await page.waitForTimeout(400); // …and the scan of the last keystroke is done
              await trigger[how]();
            }
            await expect.poll(() => chat.sentTexts()).toEqual([text]);
            taken = await takeSendPath(page);
            sends += 1;
            await expect.poll(async () => (await recorded()).length, { message: 'outcomes recorded for this site' }).toBe(sends);
            await chat.expectNothingSent(600); // the page sent once…
            const outcomes = await recorded();
            expect(outcomes, `one event per send (${taken}): not none, not a second one for the form submit`).toHaveLength(sends); // …and it was recorded once
            expect(outcomes[0]).toMatchObject({ channel: 'typed', action: 'allow', userDecision: 'none', categories: [] });
            chat.forgetSent();
            await expect.poll(() => chat.composerText()).toBe('');
          }
          expect(taken, `the ${path} path was exercised`).toBe(path);
        });
      }
    }
    expect(new Set((await recorded()).map((r) => r.action))).toEqual(new Set(['allow']));
  });
}
