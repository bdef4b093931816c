// Waits until each GraphQL endpoint answers { __typename } (at most 90 s): node wait.mjs <url> ...
const deadline = Date.now() + 90_000;
for (const url of process.argv.slice(2)) {
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if ((await response.json()).data?.__typename) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      console.error(`${url} did not answer { __typename } within 90 s`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
