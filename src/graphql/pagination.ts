// One pagination generic: Relay-style connections with opaque keyset cursors.
import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InputValidationError } from '../common/domain-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T>(classRef: Type<T>): Type<Page<T>> {
  @ObjectType(`${classRef.name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque; pass as `after` to continue after this node.' })
    cursor!: string;

    @Field(() => classRef)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match the filters, over all pages.' })
    totalCount!: number;
  }

  return ConnectionType as Type<Page<T>>;
}

export const MAX_PAGE_SIZE = 500;

/** Keyset cursors: the sort key of the last node, base64url-encoded so clients treat it as opaque. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, path = 'after'): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof decoded.k === 'string') return decoded.k;
  } catch {
    // fall through to the error below
  }
  throw new InputValidationError([
    {
      path,
      message: `invalid cursor ${JSON.stringify(cursor)}: use an endCursor or cursor from an earlier page`,
    },
  ]);
}

export function checkPageSize(first: number, path = 'first'): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InputValidationError([
      { path, message: `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}` },
    ]);
  }
}

/** Builds the page from `first + 1` rows fetched in key order. */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  sortKey: (row: T) => string,
): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
    totalCount,
  };
}
