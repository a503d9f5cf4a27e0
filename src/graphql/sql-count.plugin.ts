import { type ApolloServerPlugin } from '@apollo/server';
import { sqlStatementCounter } from '../database/query-counter';

/** Reports how many SQL statements a request took, in the `x-sql-statements` response header. */
export function sqlCountPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          const counter = sqlStatementCounter.getStore();
          if (counter) response.http.headers.set('x-sql-statements', String(counter.statements));
          return Promise.resolve();
        },
      }),
  };
}
