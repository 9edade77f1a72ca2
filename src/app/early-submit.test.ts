import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// index.html's inline script on a prerendered sign-in page, each case in a document of its own.
const source = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
const inlineScript = [...source.querySelectorAll('head script:not([src])')].map((s) => s.textContent).join('\n');

function prerenderedSignIn() {
  const page = document.implementation.createHTMLDocument('sign in');
  page.documentElement.setAttribute('data-prerendered', '/sign-in');
  page.body.innerHTML =
    '<div id="root"><form novalidate><input name="email" value="ada@example.com"><button type="submit">Sign in</button></form></div>';
  new Function('document', inlineScript)(page);
  const form = page.querySelector('form')!;
  const button = page.querySelector('button')!;
  /** Submits that reached the page (what the app's handler on #root sees) and whether one was left to the browser. */
  const seen: { submitter: HTMLElement | null; native: boolean }[] = [];
  page.addEventListener('submit', (event) => {
    // After index.html's listener (added first): a submit left to the browser is one it did not stop.
    queueMicrotask(() => seen.push({ submitter: event.submitter, native: !event.defaultPrevented }));
  });
  const appReady = () => page.documentElement.setAttribute('data-app-ready', '');
  return { page, form, button, seen, appReady };
}

/** A task later: when index.html sends a held submit. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("index.html's submits before the app is ready (prerendered forms)", () => {
  it('stops a submit nothing handled and sends it again, from the same button, once the app is ready', async () => {
    const { form, button, seen, appReady } = prerenderedSignIn();
    button.click();
    await nextTask();
    expect(seen).toEqual([{ submitter: button, native: false }]);

    // The app hydrated the form: its handler takes the submit from now on.
    const handled: (HTMLElement | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      handled.push(event.submitter);
    });
    appReady();
    await nextTask();
    expect(handled).toEqual([button]);
    expect(seen.map((s) => s.native)).toEqual([false, false]);
  });

  it('sends nothing again when the app handled the submit itself (hydrating on the click)', async () => {
    const { form, button, appReady } = prerenderedSignIn();
    const handled: (HTMLElement | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      handled.push(event.submitter);
    });
    button.click();
    appReady();
    await nextTask();
    expect(handled).toEqual([button]);
  });

  it('sends nothing when the app rendered in place of the markup instead of hydrating it', async () => {
    const { page, form, button, appReady } = prerenderedSignIn();
    button.click();
    const sent: Event[] = [];
    form.addEventListener('submit', (event) => sent.push(event));
    page.getElementById('root')!.replaceChildren(page.createElement('main'));
    appReady();
    await nextTask();
    expect(sent).toEqual([]);
  });
});
