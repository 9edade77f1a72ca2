import { BE, DE, DS, FE, FS, MOB, SWE, type Question } from '../types.ts';

export const CODING_MEDIUM: Question[] = [
  {
    q: 'Write `groupAnagrams(words)` that groups words that are anagrams of each other. Return the groups in order of first appearance, with words inside each group in their input order.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, FE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    a: 'Build a canonical key for each word so that all anagrams share it: either the sorted letters (`word.split("").sort().join("")`, O(k log k)) or a 26-slot letter-count signature (O(k)). Store groups in a Map keyed by that signature; because a JavaScript Map preserves insertion order, iterating its values yields groups in order of first appearance. Total time is O(n·k log k) with sorting keys, space O(n·k). Mention that count signatures are faster for long words and that Unicode input needs a general key.',
    kp: [
      'canonical key from sorted letters',
      'letter count signature alternative',
      'hash map of key to group',
      'Map preserves insertion order',
      'O(n k log k) time',
    ],
    tags: ['hash-map', 'strings', 'grouping'],
    sol: `function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words) {
    const key = word.split('').sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}`,
    tests: [
      [[['eat', 'tea', 'tan', 'ate', 'nat', 'bat']], [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']], 'classic example'],
      [[['']], [['']], 'single empty string'],
      [[[]], [], 'no words'],
      [[['abc', 'def']], [['abc'], ['def']], 'no anagrams'],
      [[['ab', 'ba', 'ab']], [['ab', 'ba', 'ab']], 'duplicate words'],
    ],
  },
  {
    q: 'Write `lengthOfLongestSubstring(s)` that returns the length of the longest substring of `s` without repeating characters.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, FE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Use a sliding window with a Map from character to its last seen index. Move the right pointer through the string; when the current character was seen at an index inside the window, jump the left pointer to `lastIndex + 1` (never moving it backwards). Record the window length `right - left + 1` at each step. Each character is processed once, so the algorithm is O(n) time and O(min(n, alphabet)) space. A naive check of all substrings is O(n³) and a set-based window that shrinks one step at a time is still O(n) but does more work.',
    kp: [
      'sliding window two pointers',
      'map of last seen index',
      'move left pointer past duplicate',
      'left pointer never moves backwards',
      'O(n) time',
    ],
    tags: ['sliding-window', 'strings', 'hash-map', 'classic'],
    sol: `function lengthOfLongestSubstring(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const ch = s[right];
    if (last.has(ch) && last.get(ch) >= left) left = last.get(ch) + 1;
    last.set(ch, right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}`,
    tests: [
      [['abcabcbb'], 3, 'repeating pattern'],
      [['bbbbb'], 1, 'all same characters'],
      [['pwwkew'], 3, 'answer in the middle'],
      [[''], 0, 'empty string'],
      [['abba'], 2, 'left pointer must not move backwards'],
      [['dvdf'], 3, 'duplicate not at window start'],
    ],
  },
  {
    q: 'Write `topKFrequent(nums, k)` that returns the k most frequent numbers, ordered by frequency descending and, for equal frequency, by value ascending.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, DE, DS],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    variants: [['Solve it in O(n) time using bucket sort by frequency.', 'hard', 'Avoids the O(n log n) sort.']],
    a: 'First count occurrences in a Map in O(n). Then either sort the distinct entries by (count desc, value asc) and take the first k, which is O(u log u) for u distinct values, or keep a min-heap of size k for O(u log k). Bucket sort by frequency (an array of lists indexed by count) gives O(n) when ties do not need a specific order. State the deterministic tie-break explicitly because interviewers and tests depend on it. Space is O(u).',
    kp: [
      'frequency count with hash map',
      'sort by count then value',
      'min-heap of size k alternative',
      'bucket sort O(n)',
      'deterministic tie-break',
    ],
    tags: ['hash-map', 'heap', 'sorting'],
    sol: `function topKFrequent(nums, k) {
  const counts = new Map();
  for (const n of nums) counts.set(n, (counts.get(n) || 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([value]) => value);
}`,
    tests: [
      [[[1, 1, 1, 2, 2, 3], 2], [1, 2], 'distinct frequencies'],
      [[[1], 1], [1], 'single element'],
      [[[4, 4, 5, 5, 6], 2], [4, 5], 'tie broken by value'],
      [[[3, 3, 2, 2, 1, 1], 3], [1, 2, 3], 'all tied'],
      [[[-1, -1, 2], 1], [-1], 'negative numbers'],
    ],
  },
  {
    q: 'Write `mergeIntervals(intervals)` that merges all overlapping closed intervals `[start, end]` and returns the merged list sorted by start. Intervals that touch (e.g. [1,4] and [4,5]) count as overlapping.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, FS, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    variants: [
      ['Insert a new interval into an already sorted, non-overlapping list.', 'medium', 'Linear-time variant without re-sorting.'],
    ],
    a: 'Sort a copy of the intervals by start time, then sweep: keep the last merged interval and, if the next interval starts at or before its end, extend the end to `max(end, next.end)`; otherwise push the next interval as a new group. Sorting dominates at O(n log n); the sweep is O(n). Copy intervals rather than mutating the input so callers are not surprised. Key edge cases are nested intervals (an interval fully inside another) and touching boundaries.',
    kp: [
      'sort by start time',
      'compare start with last merged end',
      'extend end with max',
      'O(n log n) due to sorting',
      'nested and touching intervals',
    ],
    tags: ['intervals', 'sorting', 'classic'],
    sol: `function mergeIntervals(intervals) {
  const sorted = intervals.map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}`,
    tests: [
      [
        [
          [
            [1, 3],
            [2, 6],
            [8, 10],
            [15, 18],
          ],
        ],
        [
          [1, 6],
          [8, 10],
          [15, 18],
        ],
        'basic overlap',
      ],
      [
        [
          [
            [1, 4],
            [4, 5],
          ],
        ],
        [[1, 5]],
        'touching intervals',
      ],
      [
        [
          [
            [1, 10],
            [2, 3],
            [4, 5],
          ],
        ],
        [[1, 10]],
        'nested intervals',
      ],
      [
        [
          [
            [5, 6],
            [1, 2],
          ],
        ],
        [
          [1, 2],
          [5, 6],
        ],
        'unsorted input',
      ],
      [[[]], [], 'empty input'],
    ],
  },
  {
    q: 'Write `productExceptSelf(nums)` returning an array where each element is the product of all other elements of `nums`, in O(n) time and without using division.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Compute prefix products and suffix products: `out[i]` first receives the product of everything to the left of i, then a second pass from the right multiplies in a running product of everything to the right. Using the output array for the prefix pass keeps extra space at O(1) beyond the output. Division is disallowed because it breaks with zeros; this approach handles one or several zeros naturally. Time is O(n) with two passes. Edge cases include a single zero (only that position is non-zero) and two or more zeros (everything is zero).',
    kp: [
      'prefix products left pass',
      'suffix products right pass',
      'no division handles zeros',
      'O(n) time',
      'O(1) extra space besides output',
    ],
    tags: ['arrays', 'prefix-sum'],
    sol: `function productExceptSelf(nums) {
  const n = nums.length;
  const out = new Array(n).fill(1);
  let left = 1;
  for (let i = 0; i < n; i++) {
    out[i] = left;
    left *= nums[i];
  }
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    out[i] *= right;
    right *= nums[i];
  }
  return out;
}`,
    tests: [
      [[[1, 2, 3, 4]], [24, 12, 8, 6], 'basic'],
      [[[-1, 1, 0, -3, 3]], [0, 0, 9, 0, 0], 'single zero'],
      [[[0, 0, 2]], [0, 0, 0], 'two zeros'],
      [[[2, 3]], [3, 2], 'two elements'],
      [[[5, -2, 4]], [-8, 20, -10], 'negative numbers'],
    ],
  },
  {
    q: 'Given a 2D grid of "1" (land) and "0" (water), write `numIslands(grid)` that returns the number of islands. An island is formed by land cells connected horizontally or vertically.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, MOB],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Scan every cell; when you find unvisited land, increment the count and flood-fill the whole island with BFS or DFS, marking cells visited (or overwriting them with "0" on a copy). Use an explicit stack or queue rather than recursion so very large islands do not overflow the call stack. Each cell is visited a constant number of times, so time is O(rows × cols) and space is O(rows × cols) in the worst case. Union-Find is an alternative that also supports incremental land additions. Do not mutate the caller\'s grid unless that is agreed.',
    kp: [
      'flood fill with BFS or DFS',
      'mark visited cells',
      'four-directional neighbours',
      'O(rows x cols) time',
      'union-find alternative',
    ],
    tags: ['graphs', 'bfs', 'dfs', 'matrix'],
    sol: `function numIslands(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = grid.map((row) => row.map(() => false));
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1' || seen[r][c]) continue;
      count++;
      const stack = [[r, c]];
      seen[r][c] = true;
      while (stack.length) {
        const [y, x] = stack.pop();
        for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === '1' && !seen[ny][nx]) {
            seen[ny][nx] = true;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return count;
}`,
    tests: [
      [
        [
          [
            ['1', '1', '0', '0'],
            ['1', '1', '0', '0'],
            ['0', '0', '1', '0'],
            ['0', '0', '0', '1'],
          ],
        ],
        3,
        'three islands',
      ],
      [
        [
          [
            ['1', '1', '1'],
            ['0', '1', '0'],
            ['1', '1', '1'],
          ],
        ],
        1,
        'one connected shape',
      ],
      [
        [
          [
            ['0', '0'],
            ['0', '0'],
          ],
        ],
        0,
        'all water',
      ],
      [[[]], 0, 'empty grid'],
      [[[['1', '0', '1', '0', '1']]], 3, 'diagonals do not connect (single row)'],
    ],
  },
  {
    q: 'Implement an LRU cache. Write `lruCache(capacity, operations)` where each operation is `["put", key, value]` or `["get", key]`. Return an array with the result of every `get` (the value, or -1 if missing). Both operations must be O(1).',
    type: 'coding',
    cat: 'backend',
    diff: 'medium',
    roles: [SWE, BE, FS, FE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Caching'],
    variants: [
      ['Add a TTL so entries expire after a given number of milliseconds.', 'hard', 'Combines recency eviction with time-based expiry.'],
    ],
    a: 'The classic design combines a hash map for O(1) lookup with a doubly linked list that orders entries by recency, evicting from the tail. In JavaScript a `Map` already preserves insertion order, so you can get the same O(1) behaviour: on `get`, delete and re-insert the key to mark it most recently used; on `put`, delete any existing key, insert it, and if the size exceeds capacity evict `map.keys().next().value`, the least recently used. Updating an existing key must refresh its recency without evicting. Explaining the linked-list version shows you understand what the Map is doing for you.',
    kp: [
      'hash map plus doubly linked list',
      'get moves key to most recent',
      'evict least recently used when over capacity',
      'Map insertion order trick in JavaScript',
      'O(1) get and put',
    ],
    tags: ['cache', 'linked-list', 'hash-map', 'design'],
    sol: `function lruCache(capacity, operations) {
  const cache = new Map();
  const results = [];
  for (const [op, key, value] of operations) {
    if (op === 'get') {
      if (!cache.has(key)) {
        results.push(-1);
      } else {
        const v = cache.get(key);
        cache.delete(key);
        cache.set(key, v);
        results.push(v);
      }
    } else {
      if (cache.has(key)) cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return results;
}`,
    tests: [
      [
        [
          2,
          [
            ['put', 1, 1],
            ['put', 2, 2],
            ['get', 1],
            ['put', 3, 3],
            ['get', 2],
            ['put', 4, 4],
            ['get', 1],
            ['get', 3],
            ['get', 4],
          ],
        ],
        [1, -1, -1, 3, 4],
        'classic sequence',
      ],
      [
        [
          1,
          [
            ['put', 1, 1],
            ['put', 2, 2],
            ['get', 1],
            ['get', 2],
          ],
        ],
        [-1, 2],
        'capacity one',
      ],
      [
        [
          2,
          [
            ['put', 1, 1],
            ['put', 1, 10],
            ['get', 1],
          ],
        ],
        [10],
        'update existing key',
      ],
      [
        [
          2,
          [
            ['put', 1, 1],
            ['put', 2, 2],
            ['put', 1, 5],
            ['put', 3, 3],
            ['get', 2],
            ['get', 1],
          ],
        ],
        [-1, 5],
        'update refreshes recency',
      ],
      [[2, [['get', 7]]], [-1], 'get on empty cache'],
    ],
  },
  {
    q: 'Write `deepEqual(a, b)` that returns true if two JSON-compatible values (primitives, null, arrays, plain objects) are structurally equal. Object key order must not matter.',
    type: 'coding',
    cat: 'frontend',
    diff: 'medium',
    roles: [FE, FS, SWE],
    stack: ['JavaScript'],
    skills: ['JavaScript', 'Algorithms'],
    a: 'Start with `Object.is(a, b)` or `===` for identical primitives and references. If either value is not an object or is null, they are unequal at that point. Arrays must both be arrays with equal length and pairwise deep-equal elements; an array is never equal to an object with numeric keys. For plain objects compare the sets of own keys (same count, every key of `a` present in `b`) and recurse on each value. This is O(n) in the size of the structures; production versions also handle cycles with a WeakMap, Dates, Maps and Sets, which is useful to mention for React memo comparisons.',
    kp: [
      'strict equality fast path',
      'null and typeof object checks',
      'arrays compare length and elements',
      'compare own keys regardless of order',
      'recursion on nested values',
      'cycle handling with WeakMap',
    ],
    tags: ['recursion', 'objects', 'javascript'],
    sol: `function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}`,
    tests: [
      [
        [
          { a: 1, b: [1, 2, { c: 3 }] },
          { b: [1, 2, { c: 3 }], a: 1 },
        ],
        true,
        'nested with different key order',
      ],
      [[{ a: 1 }, { a: 1, b: null }], false, 'extra key with null value'],
      [[[1, 2], { 0: 1, 1: 2 }], false, 'array versus object'],
      [[null, {}], false, 'null versus object'],
      [
        [
          [1, [2, 3]],
          [1, [2, 4]],
        ],
        false,
        'deep difference',
      ],
      [['x', 'x'], true, 'equal primitives'],
    ],
  },
  {
    q: 'Write `kthLargest(nums, k)` that returns the k-th largest element of an unsorted array (k-th in sorted order, so duplicates count separately). Aim for better than O(n log n) on average.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Sorting and indexing is O(n log n) and a fine baseline. A min-heap of size k gives O(n log k): push each element and pop whenever the heap exceeds k, so the root ends up being the k-th largest. Quickselect partitions around a pivot like quicksort but recurses into only one side, giving O(n) average and O(n²) worst case; random pivots make the worst case unlikely. Iterative quickselect avoids recursion depth issues. Duplicates are handled because we compare positions, not distinct values.',
    kp: [
      'sort baseline O(n log n)',
      'min-heap of size k O(n log k)',
      'quickselect average O(n)',
      'random pivot avoids worst case',
      'duplicates counted separately',
    ],
    tags: ['heap', 'quickselect', 'sorting'],
    sol: `function kthLargest(nums, k) {
  const a = nums.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const pivotIndex = lo + ((hi - lo) >> 1);
    const pivot = a[pivotIndex];
    [a[pivotIndex], a[hi]] = [a[hi], a[pivotIndex]];
    let store = lo;
    for (let i = lo; i < hi; i++) {
      if (a[i] < pivot) {
        [a[i], a[store]] = [a[store], a[i]];
        store++;
      }
    }
    [a[store], a[hi]] = [a[hi], a[store]];
    if (store === target) return a[store];
    if (store < target) lo = store + 1;
    else hi = store - 1;
  }
  return undefined;
}`,
    tests: [
      [[[3, 2, 1, 5, 6, 4], 2], 5, 'basic'],
      [[[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], 4, 'with duplicates'],
      [[[1], 1], 1, 'single element'],
      [[[7, 7, 7], 2], 7, 'all equal'],
      [[[-1, -5, 0, 3], 4], -5, 'k equals length'],
    ],
  },
  {
    q: 'Write `coinChange(coins, amount)` that returns the fewest number of coins needed to make up `amount` using unlimited coins of the given denominations, or -1 if it cannot be made.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Greedy (always take the largest coin) fails for denominations like [1, 3, 4] and amount 6, so use dynamic programming. Let `dp[x]` be the minimum coins for amount x, with `dp[0] = 0` and everything else Infinity. For each x from 1 to amount and each coin c ≤ x, set `dp[x] = min(dp[x], dp[x - c] + 1)`. Return `dp[amount]` or -1 if it is still Infinity. Time is O(amount × coins) and space O(amount); BFS over amounts is an equivalent shortest-path formulation.',
    kp: [
      'greedy fails counterexample',
      'dp array of minimum coins',
      'dp[0] = 0 base case',
      'transition dp[x - coin] + 1',
      'O(amount x coins) time',
      'return -1 when unreachable',
    ],
    tags: ['dynamic-programming', 'classic'],
    sol: `function coinChange(coins, amount) {
  const dp = new Array(amount + 1).fill(Infinity);
  dp[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) {
      if (c <= x && dp[x - c] + 1 < dp[x]) dp[x] = dp[x - c] + 1;
    }
  }
  return dp[amount] === Infinity ? -1 : dp[amount];
}`,
    tests: [
      [[[1, 2, 5], 11], 3, '5 + 5 + 1'],
      [[[2], 3], -1, 'impossible'],
      [[[1], 0], 0, 'zero amount'],
      [[[1, 3, 4], 6], 2, 'greedy would fail'],
      [[[186, 419, 83, 408], 6249], 20, 'larger amount'],
    ],
  },
  {
    q: 'There are `numCourses` courses labelled 0..n-1 and a list of `prerequisites` pairs `[a, b]` meaning b must be taken before a. Write `canFinish(numCourses, prerequisites)` returning true if all courses can be completed.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, BE, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    variants: [
      ['Return one valid order in which to take the courses (topological order).', 'medium', 'Same algorithm, collect the order.'],
    ],
    a: "Model courses as a directed graph and detect a cycle; all courses are finishable exactly when the graph is a DAG. Kahn's algorithm computes in-degrees, enqueues nodes with in-degree zero, and repeatedly removes them, decrementing their neighbours' in-degrees. If the number of processed nodes equals `numCourses`, there is no cycle. Alternatively a DFS with three colours (unvisited, visiting, done) finds back edges. Both are O(V + E) time and space. This is the same problem as resolving build or task-pipeline dependencies.",
    kp: [
      'directed graph adjacency list',
      'cycle detection',
      "Kahn's algorithm with in-degree",
      'processed count equals number of courses',
      'O(V + E) time',
      'DFS three-colour alternative',
    ],
    tags: ['graphs', 'topological-sort'],
    sol: `function canFinish(numCourses, prerequisites) {
  const adj = Array.from({ length: numCourses }, () => []);
  const indegree = new Array(numCourses).fill(0);
  for (const [course, pre] of prerequisites) {
    adj[pre].push(course);
    indegree[course]++;
  }
  const queue = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) queue.push(i);
  let processed = 0;
  while (queue.length) {
    const node = queue.shift();
    processed++;
    for (const next of adj[node]) {
      if (--indegree[next] === 0) queue.push(next);
    }
  }
  return processed === numCourses;
}`,
    tests: [
      [[2, [[1, 0]]], true, 'simple chain'],
      [
        [
          2,
          [
            [1, 0],
            [0, 1],
          ],
        ],
        false,
        'two-node cycle',
      ],
      [[3, []], true, 'no prerequisites'],
      [
        [
          4,
          [
            [1, 0],
            [2, 1],
            [3, 2],
            [1, 3],
          ],
        ],
        false,
        'longer cycle',
      ],
      [
        [
          5,
          [
            [1, 0],
            [2, 0],
            [3, 1],
            [3, 2],
            [4, 3],
          ],
        ],
        true,
        'diamond dependencies',
      ],
    ],
  },
  {
    q: 'Write `decodeString(s)` that expands an encoded string where `k[encoded]` means `encoded` repeated k times, e.g. `"3[a2[c]]"` becomes `"accaccacc"`. k is a positive integer and may have several digits.',
    type: 'coding',
    cat: 'general',
    diff: 'medium',
    roles: [SWE, FE, BE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    a: 'Use two stacks (or one stack of frames): as you scan, accumulate digits into a multi-digit count and letters into the current string. On `[`, push the current string and count and reset both. On `]`, pop the previous string and count and set `current = prev + current.repeat(count)`. Nested brackets are handled naturally because each level has its own frame. Time is proportional to the size of the output; a recursive-descent parser is an equally good alternative.',
    kp: [
      'stack of previous string and count',
      'multi-digit repeat counts',
      'push on opening bracket',
      'pop and repeat on closing bracket',
      'handles nesting',
    ],
    tags: ['stack', 'strings', 'parsing'],
    sol: `function decodeString(s) {
  const stack = [];
  let current = '';
  let count = 0;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      count = count * 10 + Number(ch);
    } else if (ch === '[') {
      stack.push([current, count]);
      current = '';
      count = 0;
    } else if (ch === ']') {
      const [prev, times] = stack.pop();
      current = prev + current.repeat(times);
    } else {
      current += ch;
    }
  }
  return current;
}`,
    tests: [
      [['3[a]2[bc]'], 'aaabcbc', 'sequential groups'],
      [['3[a2[c]]'], 'accaccacc', 'nested groups'],
      [['2[abc]3[cd]ef'], 'abcabccdcdcdef', 'trailing literal'],
      [['10[a]'], 'aaaaaaaaaa', 'multi-digit count'],
      [['abc'], 'abc', 'no encoding'],
    ],
  },
  {
    q: 'Implement a sliding-window rate limiter. Write `rateLimit(timestamps, limit, windowMs)` that receives request timestamps in milliseconds (non-decreasing) and returns an array of booleans: true if the request is allowed, i.e. fewer than `limit` requests were allowed in the preceding `windowMs` milliseconds (the window is `(t - windowMs, t]`).',
    type: 'coding',
    cat: 'backend',
    diff: 'medium',
    roles: [BE, SWE, FS],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Distributed Systems'],
    a: 'Keep a queue of the timestamps of allowed requests. For each new request at time t, evict timestamps that are `<= t - windowMs` from the front, since they fell out of the window. If the queue now holds fewer than `limit` entries, allow the request and push t; otherwise reject it without recording it. Each timestamp is pushed and popped at most once, so the total time is O(n) and space O(limit). In production the same sliding-window log is often approximated with a sliding-window counter or token bucket in Redis to bound memory across many clients.',
    kp: [
      'queue of allowed timestamps',
      'evict timestamps outside window',
      'allow when count below limit',
      'rejected requests not recorded',
      'O(n) amortised',
      'token bucket or Redis in production',
    ],
    tags: ['rate-limiting', 'queue', 'sliding-window', 'backend'],
    sol: `function rateLimit(timestamps, limit, windowMs) {
  const window = [];
  let head = 0;
  const out = [];
  for (const t of timestamps) {
    while (head < window.length && window[head] <= t - windowMs) head++;
    if (window.length - head < limit) {
      window.push(t);
      out.push(true);
    } else {
      out.push(false);
    }
  }
  return out;
}`,
    tests: [
      [[[0, 100, 200, 300], 3, 1000], [true, true, true, false], 'limit reached within window'],
      [[[0, 100, 200, 1000, 1100], 3, 1000], [true, true, true, true, true], 'old requests expire'],
      [[[0, 0, 0], 2, 1000], [true, true, false], 'simultaneous requests'],
      [[[], 5, 1000], [], 'no requests'],
      [[[0, 500, 999, 1000, 1499, 1500], 2, 1000], [true, true, false, true, false, true], 'window boundary is exclusive'],
    ],
  },
  {
    q: "You receive click events as `[userId, timestampSeconds]` pairs, not necessarily sorted. A session is a run of a user's events where each gap between consecutive events is at most `gapSeconds`. Write `countSessions(events, gapSeconds)` returning an object mapping each user id to their number of sessions.",
    type: 'coding',
    cat: 'data',
    diff: 'medium',
    roles: [DE, DS, BE],
    stack: ['JavaScript', 'SQL'],
    skills: ['Algorithms', 'Data Pipelines'],
    variants: [
      [
        'Write the same sessionization in SQL using window functions.',
        'medium',
        'LAG over (partition by user order by ts) and a running sum of new-session flags.',
      ],
    ],
    a: "Group events by user, sort each user's timestamps, and walk them: the first event starts a session, and every gap greater than `gapSeconds` starts a new one. Sorting is required because events arrive out of order in real pipelines (late data, multiple producers). Complexity is O(n log n) for the sorts and O(n) space. In SQL the same logic is `LAG(ts) OVER (PARTITION BY user ORDER BY ts)`, a flag when the gap exceeds the threshold, and `SUM(flag) OVER (...)` to assign session ids. In streaming systems this becomes session windows with a watermark for late events.",
    kp: [
      'group events by user',
      'sort timestamps per user',
      'new session when gap exceeds threshold',
      'LAG window function in SQL',
      'session windows and watermarks in streaming',
    ],
    tags: ['sessionization', 'data-engineering', 'sorting'],
    sol: `function countSessions(events, gapSeconds) {
  const byUser = new Map();
  for (const [user, ts] of events) {
    if (!byUser.has(user)) byUser.set(user, []);
    byUser.get(user).push(ts);
  }
  const result = {};
  for (const user of [...byUser.keys()].sort()) {
    const times = byUser.get(user).sort((a, b) => a - b);
    let sessions = 1;
    for (let i = 1; i < times.length; i++) {
      if (times[i] - times[i - 1] > gapSeconds) sessions++;
    }
    result[user] = sessions;
  }
  return result;
}`,
    tests: [
      [
        [
          [
            ['u1', 0],
            ['u1', 100],
            ['u1', 2000],
          ],
          1800,
        ],
        { u1: 2 },
        'gap splits sessions',
      ],
      [
        [
          [
            ['u1', 50],
            ['u2', 0],
            ['u1', 0],
            ['u2', 4000],
          ],
          1800,
        ],
        { u1: 1, u2: 2 },
        'unsorted events for two users',
      ],
      [[[], 1800], {}, 'no events'],
      [
        [
          [
            ['a', 0],
            ['a', 1800],
          ],
          1800,
        ],
        { a: 1 },
        'gap equal to threshold stays in session',
      ],
      [
        [
          [
            ['a', 0],
            ['a', 0],
            ['a', 1801],
          ],
          1800,
        ],
        { a: 2 },
        'duplicate timestamps',
      ],
    ],
  },
];
