// The engagement graph: parties are nodes, engagements are edges client → processor. Everything here
// is iterative (no recursion), so a chain of 10,000 subprocessors cannot overflow the call stack.
import { type EngagementSnapshot } from './model';

export interface EngagementGraph {
  /** Distinct processor keys engaged by each client, sorted by key (code-unit order). */
  readonly successors: ReadonlyMap<string, readonly string[]>;
}

const NO_SUCCESSORS: readonly string[] = [];

export function buildEngagementGraph(engagements: readonly EngagementSnapshot[]): EngagementGraph {
  const sets = new Map<string, Set<string>>();
  for (const engagement of engagements) {
    let processors = sets.get(engagement.client);
    if (processors === undefined) {
      processors = new Set();
      sets.set(engagement.client, processors);
    }
    processors.add(engagement.processor);
  }
  const successors = new Map<string, readonly string[]>();
  for (const [client, processors] of sets) successors.set(client, [...processors].sort());
  return { successors };
}

export function successorsOf(graph: EngagementGraph, key: string): readonly string[] {
  return graph.successors.get(key) ?? NO_SUCCESSORS;
}

/**
 * Shortest paths from one root, breadth first. Each level is expanded in the order its nodes were
 * discovered and children in key order, so the first path found to a node is, among its shortest
 * paths, the one whose key list is smallest element by element (assessment.md section 3).
 */
export class ShortestPathTree {
  private readonly previous = new Map<string, string | null>();
  private readonly paths = new Map<string, readonly string[]>();

  constructor(
    readonly root: string,
    graph: EngagementGraph,
  ) {
    this.previous.set(root, null);
    const queue: string[] = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const next of successorsOf(graph, node)) {
        if (this.previous.has(next)) continue;
        this.previous.set(next, node);
        queue.push(next);
      }
    }
  }

  /** The root and every node reachable from it. */
  reaches(key: string): boolean {
    return this.previous.has(key);
  }

  /** Keys reached, the root included, in breadth-first order. */
  reached(): IterableIterator<string> {
    return this.previous.keys();
  }

  /** The root first, `key` last; undefined when `key` is not reachable. Arrays are shared: do not mutate. */
  pathTo(key: string): readonly string[] | undefined {
    if (!this.previous.has(key)) return undefined;
    const cached = this.paths.get(key);
    if (cached !== undefined) return cached;
    // Walk up to the nearest ancestor whose path is known, then build the paths back down.
    const pending: string[] = [];
    let node: string | null = key;
    let known: readonly string[] = [];
    while (node !== null) {
      const path = this.paths.get(node);
      if (path !== undefined) {
        known = path;
        break;
      }
      pending.push(node);
      node = this.previous.get(node) ?? null;
    }
    for (let index = pending.length - 1; index >= 0; index--) {
      known = [...known, pending[index]];
      this.paths.set(pending[index], known);
    }
    return known;
  }
}

/**
 * Tarjan's strongly connected components, with an explicit stack instead of recursion.
 * Returns every component (singletons included), each in discovery order.
 */
export function stronglyConnectedComponents(
  nodes: readonly string[],
  successors: (node: string) => readonly string[],
): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let nextIndex = 0;

  const visit = (node: string): void => {
    index.set(node, nextIndex);
    lowLink.set(node, nextIndex);
    nextIndex++;
    stack.push(node);
    onStack.add(node);
  };

  for (const root of nodes) {
    if (index.has(root)) continue;
    visit(root);
    const frames: { node: string; children: readonly string[]; next: number }[] = [
      { node: root, children: successors(root), next: 0 },
    ];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.next < frame.children.length) {
        const child = frame.children[frame.next++];
        if (!index.has(child)) {
          visit(child);
          frames.push({ node: child, children: successors(child), next: 0 });
        } else if (onStack.has(child)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(child)!));
        }
        continue;
      }
      frames.pop();
      const nodeLow = lowLink.get(frame.node)!;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].node;
        lowLink.set(parent, Math.min(lowLink.get(parent)!, nodeLow));
      }
      if (nodeLow === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * The cycles of the engagement graph among processors: every strongly connected set of two or more
 * processors, and every processor that engages itself. Members sorted by key; cycles sorted by their
 * joined member list.
 */
export function findCycles(graph: EngagementGraph, processorKeys: readonly string[]): string[][] {
  const isProcessor = new Set(processorKeys);
  const processorSuccessors = (node: string): readonly string[] =>
    successorsOf(graph, node).filter((next) => isProcessor.has(next));
  const cycles: string[][] = [];
  for (const component of stronglyConnectedComponents(processorKeys, processorSuccessors)) {
    const selfEngaged = component.length === 1 && successorsOf(graph, component[0]).includes(component[0]);
    if (component.length >= 2 || selfEngaged) cycles.push(component.sort());
  }
  const joined = (members: readonly string[]): string => members.join(',');
  return cycles.sort((left, right) =>
    joined(left) < joined(right) ? -1 : joined(left) > joined(right) ? 1 : 0,
  );
}
