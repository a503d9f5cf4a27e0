import { type ApolloServerPlugin } from '@apollo/server';
import { playgroundAssets } from './playground.assets';
import { playgroundExamples } from './playground.examples';
import { renderPlaygroundPage } from './playground.page';

/**
 * Apollo's landing page slot: Apollo 5 answers a GET on the GraphQL path that prefers text/html (a
 * browser) with this page, before CSRF prevention and before any GraphQL handling. Every other request
 * (POST with JSON, GET without text/html) is Apollo's as usual. Needs `playground: false` and
 * `graphiql: false` in the Nest config so that no other landing page is installed.
 */
export function playgroundPlugin(options: { endpointPath?: string } = {}): ApolloServerPlugin {
  const html = renderPlaygroundPage({
    endpointPath: options.endpointPath ?? '/graphql',
    examples: playgroundExamples,
    assets: playgroundAssets,
  });
  return {
    serverWillStart: () => Promise.resolve({ renderLandingPage: () => Promise.resolve({ html }) }),
  };
}
