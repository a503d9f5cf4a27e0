// The playground's HTML page: GraphiQL 3 on React 18, every file from this service (see playground.assets.ts).
import { createHash } from 'node:crypto';
import { type PlaygroundExample } from './playground.examples';
import { type PlaygroundAsset } from './playground.assets';

export const PLAYGROUND_TITLE = 'Transfer registry — GraphQL playground';

export interface PlaygroundPageOptions {
  /** Root-relative path of the GraphQL endpoint; the browser resolves it against its own address. */
  endpointPath: string;
  examples: readonly PlaygroundExample[];
  assets: {
    react: PlaygroundAsset;
    reactDom: PlaygroundAsset;
    graphiql: PlaygroundAsset;
    graphiqlStyles: PlaygroundAsset;
  };
}

// Runs in the browser; kept free of anything request-specific so that its hash (below) is fixed.
// The endpoint is resolved against window.location: same scheme, host and port as the page, whatever a
// reverse proxy shows the browser. The fetcher POSTs JSON, which passes Apollo's CSRF prevention.
// Incremental delivery is off: our schema has no @defer, and plain JSON answers are simpler to read.
const BOOTSTRAP_SCRIPT = `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var endpoint = new URL(config.endpointPath, window.location.href).href;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: endpoint, enableIncrementalDelivery: false }),
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: 'variables',
      storage: GraphiQL.createLocalStorage({ namespace: config.storageNamespace }),
    }),
  );
})();
`;

/** For <script> data blocks: JSON that cannot close the element or open a comment. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export function renderPlaygroundPage({ endpointPath, examples, assets }: PlaygroundPageOptions): string {
  const tabs = examples.map((example) => ({
    query: example.query,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
  }));
  // GraphiQL keeps open tabs in localStorage and then ignores defaultTabs. A namespace per version of the
  // examples makes changed or added examples show up; tabs and history saved under an older version are
  // left behind in the browser.
  const examplesVersion = createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 12);
  const storageNamespace = `transfer-registry-playground:${examplesVersion}`;
  // The browser itself refuses anything from another origin (fonts, scripts, analytics, source maps):
  // the page works on a closed network or not at all, never half. Styles may be inline because React
  // and CodeMirror set style attributes; the one inline script is allowed by its hash.
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'sha256-${sha256Base64(BOOTSTRAP_SCRIPT)}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const config = { endpointPath, tabs, storageNamespace };

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(PLAYGROUND_TITLE)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(assets.graphiqlStyles.url)}" />
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL playground…</div>
    <script src="${escapeHtml(assets.react.url)}"></script>
    <script src="${escapeHtml(assets.reactDom.url)}"></script>
    <script src="${escapeHtml(assets.graphiql.url)}"></script>
    <script type="application/json" id="playground-config">${jsonForHtml(config)}</script>
    <script>${BOOTSTRAP_SCRIPT}</script>
  </body>
</html>
`;
}
