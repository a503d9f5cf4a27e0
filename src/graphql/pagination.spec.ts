import { InputValidationError } from '../common/domain-error';
import { checkPageSize, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toPage } from './pagination';

describe('pagination', () => {
  describe(encodeCursor.name, () => {
    it.each([['fortnox'], ['Åhléns/ö'], [''], ['a"b\\c']])(
      'should round-trip the sort key %p through an opaque cursor',
      (key) => {
        const cursor = encodeCursor(key);

        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(cursor).not.toContain(key || '\u0000');
        expect(decodeCursor(cursor)).toBe(key);
      },
    );
  });

  describe(decodeCursor.name, () => {
    it.each([
      ['not base64 JSON', 'not-a-cursor'],
      ['JSON without a key', Buffer.from('{"x":1}').toString('base64url')],
      ['a key that is not a string', Buffer.from('{"k":1}').toString('base64url')],
      ['JSON null', Buffer.from('null').toString('base64url')],
      ['an empty string', ''],
    ])('should refuse %s with BAD_USER_INPUT naming the argument', (_case, cursor) => {
      expect(() => decodeCursor(cursor, 'after')).toThrow(InputValidationError);
      expect(() => decodeCursor(cursor, 'after')).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [{ path: 'after', message: expect.stringContaining('invalid cursor') }],
        }),
      );
    });
  });

  describe(checkPageSize.name, () => {
    it.each([0, 1, 50, MAX_PAGE_SIZE])('should accept %p', (first) => {
      expect(() => checkPageSize(first)).not.toThrow();
    });

    it.each([-1, MAX_PAGE_SIZE + 1, 1.5, Number.NaN])('should refuse %p naming the argument', (first) => {
      expect(() => checkPageSize(first)).toThrow(
        expect.objectContaining({
          problems: [{ path: 'first', message: `must be an integer from 0 to 500, got ${first}` }],
        }),
      );
    });
  });

  describe(toPage.name, () => {
    const rows = ['a', 'b', 'c'].map((key) => ({ key }));

    it('should take the first rows and know there is a next page from the extra row', () => {
      const sut = toPage(rows, 2, 10, (row) => row.key);

      expect(sut.edges.map((edge) => edge.node.key)).toEqual(['a', 'b']);
      expect(sut.edges.map((edge) => decodeCursor(edge.cursor))).toEqual(['a', 'b']);
      expect(sut.pageInfo).toEqual({ hasNextPage: true, endCursor: sut.edges[1].cursor });
      expect(sut.totalCount).toBe(10);
    });

    it('should say there is no next page when no extra row came back', () => {
      const sut = toPage(rows, 3, 3, (row) => row.key);

      expect(sut.edges).toHaveLength(3);
      expect(sut.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor('c') });
    });

    it('should answer an empty page with a null endCursor', () => {
      expect(toPage([], 5, 0, (row: { key: string }) => row.key)).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: 0,
      });
    });
  });
});
