// leakguard pre-send check from Node.js (18+, built-in fetch).
//
//   python -m leakguard serve &                       # http://127.0.0.1:8787
//   node examples/node_client.mjs "090-1234-5678までお願いします"
//
// Environment: LEAKGUARD_URL (default http://127.0.0.1:8787), LEAKGUARD_TOKEN (when the service
// was started with --token-file), LEAKGUARD_STAGE (a deal stage such as "contracted"),
// LEAKGUARD_CONVERSATION (one room AND one sender, e.g. "room-42:user-7"), LEAKGUARD_EXPLAIN
// ("ja" or "en": add the paragraph to show the sender). Found values are never asked for
// (hide_values). The contract: docs/service.md, or GET /openapi.json on the service.
// Prints the verdict as JSON; exit status 0 allow, 1 warn, 2 block, 3 error (the service's
// 503 "timeout"/"busy" included: the message was not checked).

const base = process.env.LEAKGUARD_URL ?? "http://127.0.0.1:8787";

export async function check(text, { stage, conversation, explain, hideValues = true, token, timeoutMs = 2000 } = {}) {
  const body = { text, hide_values: hideValues };
  if (explain) body.explain = explain;
  if (stage) body.context = { stage };
  if (conversation) body.conversation = conversation;
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/v1/check`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const data = await response.json();
  if (!response.ok) {
    throw new Error(`leakguard: HTTP ${response.status} ${data?.error?.code}: ${data?.error?.message}`);
  }
  return data; // { score, action: "allow" | "warn" | "block", findings: [...], explain? }
}

async function main() {
  const text = process.argv[2];
  if (text === undefined) {
    console.error("usage: node node_client.mjs TEXT");
    process.exit(3);
  }
  try {
    const report = await check(text, {
      stage: process.env.LEAKGUARD_STAGE,
      conversation: process.env.LEAKGUARD_CONVERSATION,
      explain: process.env.LEAKGUARD_EXPLAIN,
      token: process.env.LEAKGUARD_TOKEN,
    });
    console.log(JSON.stringify(report));
    // A pre-send hook would refuse to send on "block" and ask the sender to confirm on "warn".
    process.exit({ allow: 0, warn: 1, block: 2 }[report.action] ?? 3);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(3);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
