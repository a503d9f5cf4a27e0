// The playground's browser code, served by the service itself from node_modules so that it works on a
// closed network: @nestjs/apollo's GraphiQL page and Apollo Sandbox load theirs from CDNs.
// Why these versions: graphiql 3.8.3 still ships a ready-made browser bundle (graphiql.min.js, which
// expects React and ReactDOM as globals); GraphiQL 4 and 5 ship only ES modules for a bundler. React 18
// is the last major with UMD builds (React 19 dropped them). Both are pinned in package.json.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Where the files are served. Under the GraphQL path, so a reverse proxy that forwards /graphql forwards them too. */
export const PLAYGROUND_ASSETS_PATH = '/graphql/assets';

export interface PlaygroundAsset {
  /** Same-origin absolute path, e.g. /graphql/assets/react@18.3.1/react.production.min.js. */
  url: string;
  file: string;
  contentType: string;
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const SOURCE_MAP = 'application/json; charset=utf-8';

function packageAsset(packageName: string, pathInPackage: string, contentType: string): PlaygroundAsset {
  // Resolved through package.json: react's `exports` map hides umd/ from require.resolve. Works from
  // src/ (ts-jest) and from dist/ alike.
  const packageJson = require.resolve(`${packageName}/package.json`);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const file = join(dirname(packageJson), pathInPackage);
  if (!existsSync(file)) {
    throw new Error(
      `The GraphQL playground needs ${packageName}/${pathInPackage}, missing in ${packageName}@${version}: ` +
        'keep graphiql at 3.8.3 and react, react-dom at 18 (see src/graphql/playground/playground.assets.ts).',
    );
  }
  // The version in the URL lets browsers keep the file for a year: an upgrade changes the URL.
  return {
    url: `${PLAYGROUND_ASSETS_PATH}/${packageName}@${version}/${basename(pathInPackage)}`,
    file,
    contentType,
  };
}

export const playgroundAssets = {
  react: packageAsset('react', 'umd/react.production.min.js', JAVASCRIPT),
  reactDom: packageAsset('react-dom', 'umd/react-dom.production.min.js', JAVASCRIPT),
  graphiql: packageAsset('graphiql', 'graphiql.min.js', JAVASCRIPT),
  graphiqlStyles: packageAsset('graphiql', 'graphiql.min.css', CSS),
  // Named at the end of the two files above; only the browser's developer tools ask for them.
  graphiqlSourceMap: packageAsset('graphiql', 'graphiql.min.js.map', SOURCE_MAP),
  graphiqlStylesSourceMap: packageAsset('graphiql', 'graphiql.min.css.map', SOURCE_MAP),
} satisfies Record<string, PlaygroundAsset>;

/** Serves exactly the files above (no directory is exposed); mount it at PLAYGROUND_ASSETS_PATH. */
export function servePlaygroundAssets(): RequestHandler {
  const assetsByPath = new Map(
    Object.values(playgroundAssets).map((asset) => [asset.url.slice(PLAYGROUND_ASSETS_PATH.length), asset]),
  );
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      next();
      return;
    }
    const asset = assetsByPath.get(request.path);
    if (!asset) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    response.setHeader('content-type', asset.contentType);
    response.setHeader('x-content-type-options', 'nosniff');
    response.sendFile(asset.file, { maxAge: '365d', immutable: true }, (error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
