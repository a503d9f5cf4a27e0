import { type EngagementSnapshot } from './model';
import { buildEngagementGraph, findCycles, ShortestPathTree, stronglyConnectedComponents } from './graph';

function edges(...pairs: string[]): EngagementSnapshot[] {
  return pairs.map((pair, index) => {
    const [client, processor] = pair.split('>');
    return {
      id: `e${index}`,
      key: `e${index}`,
      client,
      processor,
      service: 's',
      dpa: { status: 'SIGNED', signedOn: null, expiresOn: null },
      authorisation: 'GENERAL',
      locations: [],
      safeguards: [],
    };
  });
}

describe(ShortestPathTree.name, () => {
  it.each([
    { name: 'a direct processor', graph: ['c>a'], target: 'a', path: ['c', 'a'] },
    { name: 'depth 2', graph: ['c>a', 'a>b'], target: 'b', path: ['c', 'a', 'b'] },
    { name: 'depth 4', graph: ['c>a', 'a>b', 'b>d', 'd>e'], target: 'e', path: ['c', 'a', 'b', 'd', 'e'] },
    {
      name: 'the shorter of two routes',
      graph: ['c>a', 'a>b', 'b>z', 'c>y', 'y>z'],
      target: 'z',
      path: ['c', 'y', 'z'],
    },
    {
      name: 'the smaller keys among equal lengths',
      graph: ['c>m', 'c>b', 'm>z', 'b>z'],
      target: 'z',
      path: ['c', 'b', 'z'],
    },
    // Element by element: [c, b, y, z] < [c, m, a, z] although a < y.
    {
      name: 'the smaller prefix, not the smaller last hop',
      graph: ['c>m', 'c>b', 'm>a', 'b>y', 'a>z', 'y>z'],
      target: 'z',
      path: ['c', 'b', 'y', 'z'],
    },
    // Code-unit order: 'B' < 'a'.
    {
      name: 'code-unit order, not locale',
      graph: ['c>a', 'c>B', 'a>z', 'B>z'],
      target: 'z',
      path: ['c', 'B', 'z'],
    },
    { name: 'through a cycle', graph: ['c>y', 'y>x', 'x>y'], target: 'x', path: ['c', 'y', 'x'] },
  ])('should find $name', ({ graph, target, path }) => {
    const sut = new ShortestPathTree('c', buildEngagementGraph(edges(...graph)));
    expect(sut.pathTo(target)).toEqual(path);
  });

  it('should not reach what no engagement leads to', () => {
    const sut = new ShortestPathTree('c', buildEngagementGraph(edges('c>a', 'b>d')));
    expect(sut.reaches('b')).toBe(false);
    expect(sut.pathTo('d')).toBeUndefined();
    expect([...sut.reached()]).toEqual(['c', 'a']);
  });

  it('should walk a chain of 10,000 processors without recursion', () => {
    const pairs = Array.from(
      { length: 10_000 },
      (_, index) => `${index === 0 ? 'c' : `p${index - 1}`}>p${index}`,
    );
    const sut = new ShortestPathTree('c', buildEngagementGraph(edges(...pairs)));
    expect(sut.pathTo('p9999')).toHaveLength(10_001);
  });
});

describe(stronglyConnectedComponents.name, () => {
  it('should handle a cycle of 10,000 nodes without overflowing the stack', () => {
    const count = 10_000;
    const nodes = Array.from({ length: count }, (_, index) => `n${index}`);
    const components = stronglyConnectedComponents(nodes, (node) => [
      `n${(Number(node.slice(1)) + 1) % count}`,
    ]);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(count);
  });

  it('should split a chain into singletons', () => {
    const components = stronglyConnectedComponents(['a', 'b', 'c'], (node) =>
      node === 'a' ? ['b'] : node === 'b' ? ['c'] : [],
    );
    expect(components.map((component) => component.length)).toEqual([1, 1, 1]);
  });
});

describe(findCycles.name, () => {
  it.each([
    { name: 'no cycle in a tree', graph: ['c>a', 'a>b', 'a>d'], cycles: [] },
    { name: 'a two-cycle', graph: ['c>y', 'y>x', 'x>y'], cycles: [['x', 'y']] },
    {
      name: 'one finding for two loops through a shared node',
      graph: ['a>b', 'b>a', 'b>c', 'c>b'],
      cycles: [['a', 'b', 'c']],
    },
    {
      name: 'separate cycles separately',
      graph: ['b>a', 'a>b', 'd>e', 'e>d'],
      cycles: [
        ['a', 'b'],
        ['d', 'e'],
      ],
    },
    { name: 'a self-engagement', graph: ['c>f', 'f>f'], cycles: [['f']] },
    { name: 'members sorted by key', graph: ['z>m', 'm>a', 'a>z'], cycles: [['a', 'm', 'z']] },
  ])('should find $name', ({ graph, cycles }) => {
    const engagements = edges(...graph);
    const processors = [...new Set(engagements.map((engagement) => engagement.processor))];
    expect(findCycles(buildEngagementGraph(engagements), processors)).toEqual(cycles);
  });
});
