// Feedback end to end, as a user would meet it: GitHub unreachable (nothing listens on
// the API port), the report is filed and shown queued with the reason; then GitHub
// comes up (the fake API on that very port) and the report turns "Sent" with a link to
// its issue, without anyone touching it. Screenshots in test-results/screenshots/.
import { expect, test } from '@playwright/test';
import { FakeGitHub } from '../electron/test-support/feedback/fakeGitHub';
import { shoot, watch } from './page';
import { freePort, startServer, type TestServer } from './server';



test.describe('feedback', () => {
  let server: TestServer | undefined;
  let fake: FakeGitHub | undefined;

  test.afterEach(async () => {
    await server?.stop();
    await fake?.stop();
  });

  test('filed offline, queued with the reason, sent with a link once GitHub is up', async ({ page }) => {
    const port = await freePort();
    fake = new FakeGitHub();
    server = await startServer({
      env: { GRIDSCOUT_GITHUB_API_URL: `http://127.0.0.1:${port}`, GRIDSCOUT_GITHUB_TOKEN: fake.token },
    });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });

    await page.goto(`${server.url}/#/feedback`);
    await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
    await expect(page.getByText('Using the token from GRIDSCOUT_GITHUB_TOKEN.')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    await page.getByText('Data problem', { exact: true }).click();
    await page.getByLabel('Title').fill('Bye week of KC shows 0');
    await page.getByLabel('Description').fill('On the draft board Patrick Mahomes shows bye week 0; it should be 10. Zoë’s league, 12 teams, PPR 🏈');
    await page.getByLabel('Contact (optional)').fill('@scout-fan');
    await page.getByText('Preview what is sent').click();
    const preview = page.getByLabel('Diagnostics preview');
    await expect(preview).toContainText('Last 200 log lines');
    await expect(preview).not.toContainText(server.home);
    await shoot(page, 'feedback-form', { fullPage: true });

    await page.getByRole('button', { name: 'Save and send' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'queued for GitHub' })).toBeVisible();
    const row = page.locator('.feedback-table tbody tr').first();
    await expect(row).toContainText('Bye week of KC shows 0');
    await expect(row.locator('.badge')).toHaveText('Queued');
    await expect(row).toContainText('GitHub could not be reached (ECONNREFUSED)', { timeout: 15_000 });
    await expect(page.locator('.sender-line')).toHaveAttribute('data-state', 'offline');
    await shoot(page, 'feedback-queued', { fullPage: true });

    // Without waiting: "Open in browser" opens GitHub's new-issue page prefilled (served
    // here by a stub: the test machine has no internet).
    await page.context().route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>GitHub</title>' }));
    const [popup] = await Promise.all([page.waitForEvent('popup'), row.getByRole('button', { name: 'Open in browser' }).click()]);
    const prefilled = new URL(popup.url());
    expect(prefilled.origin + prefilled.pathname).toBe('https://github.com/gridscout/gridscout/issues/new');
    expect(prefilled.searchParams.get('title')).toBe('Bye week of KC shows 0');
    expect(prefilled.searchParams.get('labels')).toBe('data problem');
    expect(prefilled.searchParams.get('body')).toMatch(/Zoë’s league, 12 teams, PPR 🏈[\s\S]*<!-- gridscout-report-id: [0-9a-f-]{36} -->/);
    await popup.close();

    // GitHub comes back: the fake API starts on the port the app has been trying.
    await fake.start(port);
    await expect(row.locator('.badge')).toHaveText('Sent', { timeout: 45_000 });
    const link = row.getByRole('link', { name: /Issue 1 on GitHub/ });
    await expect(link).toHaveText('#1');
    await expect(link).toHaveAttribute('href', 'https://github.com/gridscout/gridscout/issues/1');
    await shoot(page, 'feedback-sent', { fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, 'feedback-sent-dark', { fullPage: true });

    expect(fake.issues).toHaveLength(1);
    // The link was opened, so the sender looked for the marker before creating.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /repos/gridscout/gridscout/issues');
    const issue = fake.issues[0]!;
    expect(issue.title).toBe('Bye week of KC shows 0');
    expect(issue.labels).toEqual(['data problem']);
    expect(issue.body).toContain('Zoë’s league, 12 teams, PPR 🏈');
    expect(issue.body).toMatch(/<!-- gridscout-report-id: [0-9a-f-]{36} -->/);
    expect(issue.body).toContain('<summary>Diagnostics</summary>');
    expect(issue.body).not.toContain(server.home);
    expect(issue.body).not.toContain(fake.token);
    expect(problems).toEqual([]);
  });

  test('opened in the browser and filed there by hand, then a token added: one issue; "I filed it there" ends another', async ({ page }) => {
    fake = new FakeGitHub();
    await fake.start();
    server = await startServer({ env: { GRIDSCOUT_GITHUB_API_URL: fake.url } });
    const problems = watch(page, server.url);
    await page.context().route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>GitHub</title>' }));

    await page.goto(`${server.url}/#/feedback`);
    const fileReport = async (title: string) => {
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Description').fill('Seen on the Players view with the 2025 data.');
      await page.getByRole('button', { name: 'Save and send' }).click();
      await expect(page.locator('.feedback-table tbody tr').filter({ hasText: title })).toBeVisible();
    };
    await fileReport('Travis Hunter shows no age');
    await fileReport('Cheat sheet overflows on Letter');

    // The first: opened on GitHub's page and filed there by hand.
    const first = page.locator('.feedback-table tbody tr').filter({ hasText: 'Travis Hunter shows no age' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), first.getByRole('button', { name: 'Open in browser' }).click()]);
    await popup.waitForURL(/^https:\/\/github\.com\//);
    fake.fileByHand(popup.url());
    await popup.close();
    await expect(first).toContainText('Filed it on GitHub');
    // "Send from here" without a token says why nothing happened.
    await first.getByRole('button', { name: 'Send from here' }).click();
    await expect(page.getByRole('alert')).toContainText('Nothing was sent: GridScout has no GitHub token.');

    // The second: opened, filed by hand, and said so.
    const second = page.locator('.feedback-table tbody tr').filter({ hasText: 'Cheat sheet overflows' });
    const [popup2] = await Promise.all([page.waitForEvent('popup'), second.getByRole('button', { name: 'Open in browser' }).click()]);
    await popup2.waitForURL(/^https:\/\/github\.com\//);
    fake.fileByHand(popup2.url());
    await popup2.close();
    await shoot(page, 'feedback-opened-in-browser', { fullPage: true });
    await second.getByRole('button', { name: 'I filed it there' }).click();
    await expect(second.locator('.badge')).toHaveText('Filed by you');

    // A token arrives: the sender finds the hand-filed first report by its marker.
    await page.getByLabel('GitHub token').fill(fake.token);
    await page.getByRole('button', { name: 'Save token' }).click();
    await expect(first.locator('.badge')).toHaveText('Sent', { timeout: 30_000 });
    await expect(first.getByRole('link', { name: /Issue 1 on GitHub/ })).toHaveText('#1');
    await shoot(page, 'feedback-filed-by-hand', { fullPage: true });
    expect(fake.issues).toHaveLength(2);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(problems).toEqual([]);
  });
});
