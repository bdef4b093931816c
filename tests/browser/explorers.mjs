// Drives Debian's Chromium (headless, through playwright-core) against a running CustomerGraph host.
//   node tests/browser/explorers.mjs graphiql <base url> <screenshot.png> <query> <expected text>
//     opens GraphiQL, records its page title, logo and the query its editor opens with, checks the
//     documentation explorer lists Query, runs the query, waits for the expected text in the result pane
//     and reads the result.
//   node tests/browser/explorers.mjs bananacakepop <base url>
//     opens Banana Cake Pop at /graphql/ and records what the host served: the page, its assets and
//     bcp-config.json. Its activation call to the vendor is left untouched (it fails offline).
//   node tests/browser/explorers.mjs swaggerui <base url> <screenshot.png> <bearer token>
//     opens the Swagger UI at /openapi, waits for the operations of the REST API document and lists
//     them as "METHOD path", enters the token with "Authorize", runs the customer list with "Try it out"
//     and records the status it shows,
//     with any request that left the host.
// In every mode any Content-Security-Policy violation fails the run.
// Prints one JSON object; exits non-zero when a check fails.
import { chromium } from 'playwright-core';

const [mode, base, screenshot, query, expected] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const report = { mode };
let page;
try {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // The page's own report of every blocked load or script, plus Chromium's console line for each.
  const cspViolations = [];
  await page.exposeFunction('reportCspViolation', (violation) => cspViolations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  report.cspViolations = cspViolations;
  if (mode === 'graphiql') await graphiql(page);
  else if (mode === 'bananacakepop') await bananaCakePop(page);
  else if (mode === 'swaggerui') await swaggerUi(page, query);
  else throw new Error(`unknown mode ${mode}`);
  report.pageErrors = pageErrors;
  if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations: ${cspViolations.join('; ')}`);
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error?.stack ?? error);
  // What the page showed when it failed, for the test's failure message.
  if (screenshot && page) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
process.exit(report.ok ? 0 : 1);

async function graphiql(page) {
  const external = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) external.push(request.url());
  });
  await page.goto(`${base}/graphiql`, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-container', { timeout: 30000 });
  report.pageTitle = await page.title();
  report.logo = (await page.locator('.graphiql-logo').innerText()).trim();
  report.initialQuery = await page.evaluate(() =>
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue(),
  );

  await page.click('button[aria-label="Show Documentation Explorer"]');
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: 30000 });
  report.docsExplorer = (await docs.innerText()).slice(0, 400);

  await page.evaluate(
    (text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text),
    query,
  );
  await page.click('.graphiql-execute-button');
  const response = page.locator('.graphiql-response');
  await response.getByText(expected).first().waitFor({ timeout: 30000 });
  report.result = (await response.innerText()).trim();
  report.externalRequests = external;
  if (external.length > 0) throw new Error(`GraphiQL reached outside the host: ${external.join(', ')}`);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
}

async function bananaCakePop(page) {
  const served = [];
  page.on('response', (response) => {
    if (response.url().startsWith(base)) served.push({ url: response.url().slice(base.length), status: response.status() });
  });
  const config = page.waitForResponse((response) => response.url().endsWith('/bcp-config.json'), { timeout: 30000 });
  await page.goto(`${base}/graphql`, { waitUntil: 'load' });
  report.pageUrl = page.url().slice(base.length);
  report.config = await (await config).json();
  await page.waitForTimeout(1000);
  report.served = served;
  const failed = served.filter((entry) => entry.status >= 400);
  if (failed.length > 0) throw new Error(`the host failed to serve: ${JSON.stringify(failed)}`);
}

async function swaggerUi(page, token) {
  const external = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) external.push(request.url());
  });
  await page.goto(`${base}/openapi`, { waitUntil: 'load' });
  await page.waitForSelector('.opblock', { timeout: 30000 });
  report.title = (await page.locator('.info .title').innerText()).trim();
  report.operations = await page.locator('.opblock-summary').evaluateAll((blocks) =>
    blocks.map(
      (block) =>
        `${block.querySelector('.opblock-summary-method').textContent.trim()} ${block.querySelector('.opblock-summary-path').getAttribute('data-path')}`,
    ),
  );
  // The document's bearer scheme gives the page an Authorize dialog; its token goes with every request tried out.
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.modal-ux');
  await dialog.locator('input[type=text]').fill(token);
  await dialog.locator('button.authorize[type=submit]').click();
  await dialog.locator('button.btn-done').click();
  // Runs the customer list from its operation, which renders the examples and the live response.
  const list = page.locator('#operations-Customers-ListCustomers');
  await list.locator('.opblock-summary').click();
  await list.locator('button.try-out__btn').click();
  await list.locator('button.execute').click();
  const status = list.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  report.executedStatus = (await status.innerText()).trim();
  report.externalRequests = external;
  if (external.length > 0) throw new Error(`the Swagger UI reached outside the host: ${external.join(', ')}`);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
}
