import { BE, DE, DS, OPS, SWE, type Question } from '../types.ts';

export const CODING_HARD: Question[] = [
  {
    q: 'Given non-negative integers representing an elevation map where each bar has width 1, write `trapRainWater(heights)` that computes how much water is trapped after raining.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: "Water above a bar equals `min(maxLeft, maxRight) - height`, so the brute force recomputes both maxima per bar in O(n²). Precomputing prefix and suffix maxima gives O(n) time and O(n) space. The optimal two-pointer solution moves inward from both ends, always advancing the side with the smaller current maximum: that side's water level is fully determined because the other side is known to be at least as tall. This yields O(n) time and O(1) space. Arrays with fewer than three bars trap nothing.",
    kp: [
      'water level min of left max and right max',
      'prefix and suffix maximum arrays',
      'two pointers move smaller side',
      'O(n) time O(1) space',
      'fewer than three bars trap nothing',
    ],
    tags: ['two-pointers', 'arrays', 'classic'],
    sol: `function trapRainWater(heights) {
  let left = 0;
  let right = heights.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    if (heights[left] < heights[right]) {
      leftMax = Math.max(leftMax, heights[left]);
      water += leftMax - heights[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, heights[right]);
      water += rightMax - heights[right];
      right--;
    }
  }
  return water;
}`,
    tests: [
      [[[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], 6, 'classic example'],
      [[[4, 2, 0, 3, 2, 5]], 9, 'deep basin'],
      [[[]], 0, 'empty'],
      [[[3, 2, 1]], 0, 'monotonic decreasing'],
      [[[5, 0, 5]], 5, 'single well'],
    ],
  },
  {
    q: 'Write `findMedianSortedArrays(a, b)` that returns the median of two ascending sorted arrays (total length at least 1) in O(log(min(m, n))) time.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Merging gives O(m + n) and is a reasonable baseline, but the optimal solution binary searches a partition of the shorter array. Choose i elements from the shorter array and j = (m + n + 1) / 2 - i from the other so the left half has the correct size. The partition is correct when `maxLeftA <= minRightB` and `maxLeftB <= minRightA`, using -Infinity and Infinity for empty sides; otherwise move the search range left or right. The median is the max of the left side for odd totals, or the average of max-left and min-right for even totals. Searching the shorter array guarantees j stays in range and gives O(log(min(m, n))).',
    kp: [
      'binary search on shorter array',
      'partition so left half has half the elements',
      'compare maxLeft and minRight across arrays',
      'Infinity sentinels for empty sides',
      'odd versus even total length',
      'O(log(min(m, n)))',
    ],
    tags: ['binary-search', 'arrays', 'classic'],
    sol: `function findMedianSortedArrays(a, b) {
  if (a.length > b.length) return findMedianSortedArrays(b, a);
  const m = a.length;
  const n = b.length;
  const half = Math.floor((m + n + 1) / 2);
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const aLeft = i > 0 ? a[i - 1] : -Infinity;
    const aRight = i < m ? a[i] : Infinity;
    const bLeft = j > 0 ? b[j - 1] : -Infinity;
    const bRight = j < n ? b[j] : Infinity;
    if (aLeft <= bRight && bLeft <= aRight) {
      const leftMax = Math.max(aLeft, bLeft);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(aRight, bRight)) / 2;
    }
    if (aLeft > bRight) hi = i - 1;
    else lo = i + 1;
  }
  return null;
}`,
    tests: [
      [[[1, 3], [2]], 2, 'odd total'],
      [
        [
          [1, 2],
          [3, 4],
        ],
        2.5,
        'even total',
      ],
      [[[], [1]], 1, 'one empty array'],
      [
        [
          [0, 0],
          [0, 0],
        ],
        0,
        'all equal',
      ],
      [
        [
          [1, 2, 3, 4, 5],
          [6, 7, 8],
        ],
        4.5,
        'disjoint ranges',
      ],
      [[[2], [1, 3, 4, 5, 6]], 3.5, 'short array in the middle'],
    ],
  },
  {
    q: 'Write `minWindow(s, t)` that returns the smallest substring of `s` containing every character of `t` (including duplicates). Return "" if none exists; if several have the same length return the leftmost.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Use a variable-size sliding window with a frequency map of needed characters and a counter of how many required characters are still missing. Expand the right pointer, decrementing the need for each character; when the missing counter reaches zero the window is valid, so shrink from the left as far as possible while it stays valid, recording the smallest window. Each pointer moves at most n times, so the algorithm is O(|s| + |t|) time and O(k) space for the alphabet. Updating the best window only when strictly smaller keeps the leftmost answer on ties. Duplicates in t are handled because counts, not sets, are tracked.',
    kp: [
      'sliding window with two pointers',
      'frequency map of required characters',
      'missing counter for validity',
      'shrink left while window is valid',
      'O(|s| + |t|) time',
      'duplicates in t counted',
    ],
    tags: ['sliding-window', 'strings', 'hash-map'],
    sol: `function minWindow(s, t) {
  if (t.length === 0 || s.length < t.length) return '';
  const need = new Map();
  for (const ch of t) need.set(ch, (need.get(ch) || 0) + 1);
  let missing = t.length;
  let left = 0;
  let bestStart = 0;
  let bestLen = Infinity;
  for (let right = 0; right < s.length; right++) {
    const ch = s[right];
    if (need.has(ch)) {
      if (need.get(ch) > 0) missing--;
      need.set(ch, need.get(ch) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const out = s[left];
      if (need.has(out)) {
        need.set(out, need.get(out) + 1);
        if (need.get(out) > 0) missing++;
      }
      left++;
    }
  }
  return bestLen === Infinity ? '' : s.slice(bestStart, bestStart + bestLen);
}`,
    tests: [
      [['ADOBECODEBANC', 'ABC'], 'BANC', 'classic example'],
      [['a', 'a'], 'a', 'exact match'],
      [['a', 'aa'], '', 'not enough duplicates'],
      [['aaflslflsldkalskaaa', 'aaa'], 'aaa', 'duplicates in t'],
      [['abcabc', 'cb'], 'bc', 'leftmost of equal windows'],
    ],
  },
  {
    q: 'Write `ladderLength(beginWord, endWord, wordList)` returning the number of words in the shortest transformation sequence from `beginWord` to `endWord`, changing one letter at a time, where every intermediate word must be in `wordList`. Return 0 if impossible.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'This is an unweighted shortest-path problem, so use BFS from `beginWord`, counting levels. Put the word list in a Set for O(1) membership and, for each word dequeued, generate all neighbours by replacing each position with a–z, enqueueing those in the set and deleting them to mark them visited. Return the level when `endWord` is reached, and 0 if it is not in the list or the queue empties. Time is O(N × L × 26) for N words of length L. Bidirectional BFS from both ends or wildcard-pattern buckets (`h*t`) are strong optimisations to mention.',
    kp: [
      'unweighted shortest path so BFS',
      'word list in a Set',
      'generate neighbours by changing one letter',
      'mark visited by removing from set',
      'return 0 when endWord unreachable',
      'bidirectional BFS optimisation',
    ],
    tags: ['graphs', 'bfs', 'strings'],
    sol: `function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  let queue = [beginWord];
  let steps = 1;
  words.delete(beginWord);
  while (queue.length) {
    const next = [];
    for (const word of queue) {
      if (word === endWord) return steps;
      for (let i = 0; i < word.length; i++) {
        for (let c = 97; c <= 122; c++) {
          const candidate = word.slice(0, i) + String.fromCharCode(c) + word.slice(i + 1);
          if (words.has(candidate)) {
            words.delete(candidate);
            next.push(candidate);
          }
        }
      }
    }
    queue = next;
    steps++;
  }
  return 0;
}`,
    tests: [
      [['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log', 'cog']], 5, 'classic example'],
      [['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log']], 0, 'end word missing'],
      [['a', 'c', ['a', 'b', 'c']], 2, 'single letter words'],
      [['hot', 'dog', ['hot', 'dog']], 0, 'no path'],
      [['lost', 'cost', ['most', 'fist', 'lost', 'cost', 'fish']], 2, 'one step'],
    ],
  },
  {
    q: 'Write `mergeKSorted(lists)` that merges k ascending sorted arrays into one sorted array in O(N log k) time, where N is the total number of elements.',
    type: 'coding',
    cat: 'backend',
    diff: 'hard',
    roles: [SWE, BE, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Concatenating and sorting is O(N log N). The efficient approach keeps a min-heap holding the current head of each list as `(value, listIndex, elementIndex)`; pop the smallest, append it, and push the next element from the same list. The heap never exceeds k entries, so each of the N operations costs O(log k). Divide and conquer (pairwise merging in rounds) achieves the same O(N log k) without a heap. This is the core of external merge sort and of merging sorted runs in databases and log compaction.',
    kp: [
      'min-heap of list heads',
      'pop smallest push next from same list',
      'heap size at most k',
      'O(N log k) time',
      'divide and conquer pairwise merge alternative',
      'external merge sort use case',
    ],
    tags: ['heap', 'merge', 'divide-and-conquer'],
    sol: `function mergeKSorted(lists) {
  const heap = [];
  const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  lists.forEach((list, li) => {
    if (list.length > 0) push([list[0], li, 0]);
  });
  const out = [];
  while (heap.length > 0) {
    const [value, li, ei] = pop();
    out.push(value);
    if (ei + 1 < lists[li].length) push([lists[li][ei + 1], li, ei + 1]);
  }
  return out;
}`,
    tests: [
      [
        [
          [
            [1, 4, 5],
            [1, 3, 4],
            [2, 6],
          ],
        ],
        [1, 1, 2, 3, 4, 4, 5, 6],
        'three lists',
      ],
      [[[]], [], 'no lists'],
      [[[[], [], []]], [], 'only empty lists'],
      [[[[5], [1, 2, 3], []]], [1, 2, 3, 5], 'mixed lengths'],
      [[[[-3, -1], [-2, 0], [-5]]], [-5, -3, -2, -1, 0], 'negative values'],
    ],
  },
  {
    q: 'Write `longestValidParentheses(s)` that returns the length of the longest well-formed (valid) parentheses substring in a string of `(` and `)`.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Use a stack of indices seeded with -1 as the base of the current valid run. Push the index of every `(`; on `)` pop, and if the stack becomes empty push the current index as the new base, otherwise the current valid length is `i - stack.top`. This is O(n) time and O(n) space. An O(1)-space alternative scans left-to-right and right-to-left counting open and close parentheses, recording a length when they are equal and resetting when the invalid side exceeds the other. A DP over `dp[i]` (longest valid ending at i) is another accepted approach.',
    kp: [
      'stack of indices seeded with -1',
      'new base index after unmatched close',
      'length equals i minus stack top',
      'O(n) time',
      'two-pass counter O(1) space alternative',
      'dynamic programming alternative',
    ],
    tags: ['stack', 'dynamic-programming', 'strings'],
    sol: `function longestValidParentheses(s) {
  const stack = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') {
      stack.push(i);
    } else {
      stack.pop();
      if (stack.length === 0) stack.push(i);
      else best = Math.max(best, i - stack[stack.length - 1]);
    }
  }
  return best;
}`,
    tests: [
      [['(()'], 2, 'unmatched opener at start'],
      [[')()())'], 4, 'unmatched closers around run'],
      [[''], 0, 'empty string'],
      [['()(())'], 6, 'adjacent and nested'],
      [['())((())'], 4, 'run after a break'],
    ],
  },
  {
    q: 'Write `editDistance(a, b)` that returns the minimum number of single-character insertions, deletions or substitutions needed to transform string `a` into string `b` (Levenshtein distance).',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Define `dp[i][j]` as the distance between the first i characters of a and the first j of b. Base cases are `dp[i][0] = i` and `dp[0][j] = j`. If the characters match, `dp[i][j] = dp[i-1][j-1]`; otherwise it is 1 plus the minimum of delete (`dp[i-1][j]`), insert (`dp[i][j-1]`) and substitute (`dp[i-1][j-1]`). Time is O(m × n); because each row only depends on the previous one, space can be reduced to O(min(m, n)). This underlies spell checkers, fuzzy search and diff tools.',
    kp: [
      'dp table over prefixes',
      'base cases equal prefix lengths',
      'match copies diagonal',
      'min of insert delete substitute plus one',
      'O(m x n) time',
      'rolling array reduces space',
    ],
    tags: ['dynamic-programming', 'strings', 'classic'],
    sol: `function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) cur[j] = prev[j - 1];
      else cur[j] = 1 + Math.min(prev[j], cur[j - 1], prev[j - 1]);
    }
    prev = cur;
  }
  return prev[b.length];
}`,
    tests: [
      [['horse', 'ros'], 3, 'classic example'],
      [['intention', 'execution'], 5, 'longer words'],
      [['', 'abc'], 3, 'empty source'],
      [['abc', ''], 3, 'empty target'],
      [['same', 'same'], 0, 'identical strings'],
    ],
  },
  {
    q: 'Write `largestRectangleArea(heights)` that returns the area of the largest rectangle that fits inside a histogram whose bars have width 1.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Maintain a monotonic increasing stack of bar indices. When the current bar is lower than the bar on top of the stack, that top bar cannot extend further right, so pop it and compute its area using the new stack top as the left boundary and the current index as the right boundary. Appending a sentinel bar of height 0 at the end flushes the remaining stack. Each index is pushed and popped once, giving O(n) time and O(n) space versus O(n²) for expanding around each bar. The same technique solves maximal rectangle in a binary matrix.',
    kp: [
      'monotonic increasing stack',
      'pop when current bar is lower',
      'width from previous stack index to current index',
      'sentinel zero height at the end',
      'O(n) time',
    ],
    tags: ['stack', 'monotonic-stack', 'arrays'],
    sol: `function largestRectangleArea(heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i <= heights.length; i++) {
    const h = i === heights.length ? 0 : heights[i];
    while (stack.length && heights[stack[stack.length - 1]] > h) {
      const height = heights[stack.pop()];
      const left = stack.length ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}`,
    tests: [
      [[[2, 1, 5, 6, 2, 3]], 10, 'classic example'],
      [[[2, 4]], 4, 'two bars'],
      [[[]], 0, 'empty histogram'],
      [[[3, 3, 3]], 9, 'equal heights'],
      [[[6, 2, 5, 4, 5, 1, 6]], 12, 'valley in the middle'],
    ],
  },
  {
    q: 'Write `maxSlidingWindow(nums, k)` that returns the maximum of each contiguous window of size k as the window slides from left to right, in O(n) time.',
    type: 'coding',
    cat: 'data',
    diff: 'hard',
    roles: [SWE, BE, DE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    a: 'Keep a deque of indices whose values are in decreasing order. For each new index, pop from the back while the back value is less than or equal to the new value (those can never be a future maximum), then push the new index. Pop from the front if that index has left the window (`<= i - k`). Once the first window is complete, the front of the deque is the current maximum. Every index enters and leaves the deque once, so the total is O(n) time and O(k) space, compared with O(n·k) for rescanning or O(n log k) with a heap.',
    kp: [
      'monotonic decreasing deque of indices',
      'pop back smaller values',
      'pop front when outside window',
      'front holds window maximum',
      'O(n) time',
    ],
    tags: ['deque', 'sliding-window', 'monotonic-queue'],
    sol: `function maxSlidingWindow(nums, k) {
  const deque = [];
  let head = 0;
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[deque[head]]);
  }
  return out;
}`,
    tests: [
      [[[1, 3, -1, -3, 5, 3, 6, 7], 3], [3, 3, 5, 5, 6, 7], 'classic example'],
      [[[1], 1], [1], 'single element'],
      [[[9, 8, 7, 6], 2], [9, 8, 7], 'decreasing values'],
      [[[4, 4, 4], 2], [4, 4], 'equal values'],
      [[[1, 2, 3], 3], [3], 'window equals array'],
    ],
  },
  {
    q: 'A network has n nodes labelled 1..n and directed weighted edges `times[i] = [u, v, w]` (signal takes w ms from u to v). Write `networkDelayTime(times, n, k)` returning the time for a signal sent from node k to reach all nodes, or -1 if some node is unreachable.',
    type: 'coding',
    cat: 'backend',
    diff: 'hard',
    roles: [SWE, BE, OPS],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Networking'],
    a: "The answer is the maximum over all nodes of the shortest-path distance from k, so run Dijkstra's algorithm (weights are non-negative). Build an adjacency list, start with distance 0 at k, and repeatedly settle the unvisited node with the smallest tentative distance, relaxing its outgoing edges. With a binary heap this is O(E log V); a simple O(V²) selection is fine for dense or small graphs. If any node remains at Infinity return -1, otherwise return the maximum distance. Bellman-Ford would be needed only if negative weights were allowed.",
    kp: [
      "Dijkstra's shortest path",
      'non-negative edge weights',
      'relax outgoing edges',
      'answer is maximum shortest distance',
      'return -1 if any node unreachable',
      'O(E log V) with a heap',
    ],
    tags: ['graphs', 'dijkstra', 'shortest-path'],
    sol: `function networkDelayTime(times, n, k) {
  const adj = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) adj[u].push([v, w]);
  const dist = new Array(n + 1).fill(Infinity);
  const done = new Array(n + 1).fill(false);
  dist[k] = 0;
  for (let iter = 0; iter < n; iter++) {
    let u = -1;
    for (let v = 1; v <= n; v++) {
      if (!done[v] && (u === -1 || dist[v] < dist[u])) u = v;
    }
    if (u === -1 || dist[u] === Infinity) break;
    done[u] = true;
    for (const [v, w] of adj[u]) {
      if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
    }
  }
  let max = 0;
  for (let v = 1; v <= n; v++) max = Math.max(max, dist[v]);
  return max === Infinity ? -1 : max;
}`,
    tests: [
      [
        [
          [
            [2, 1, 1],
            [2, 3, 1],
            [3, 4, 1],
          ],
          4,
          2,
        ],
        2,
        'classic example',
      ],
      [[[[1, 2, 1]], 2, 1], 1, 'single edge'],
      [[[[1, 2, 1]], 2, 2], -1, 'unreachable node'],
      [[[], 1, 1], 0, 'single node'],
      [
        [
          [
            [1, 2, 10],
            [1, 3, 1],
            [3, 2, 1],
          ],
          3,
          1,
        ],
        2,
        'indirect path is shorter',
      ],
    ],
  },
  {
    q: 'Implement regular expression matching: write `isMatch(s, p)` supporting `.` (any single character) and `*` (zero or more of the preceding element). The match must cover the entire string.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE, BE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Use dynamic programming where `dp[i][j]` means the first i characters of s match the first j characters of p. `dp[0][0]` is true, and patterns like `a*b*` can match the empty string, so initialise `dp[0][j] = dp[0][j-2]` when `p[j-1]` is `*`. For a normal character or `.`, `dp[i][j] = dp[i-1][j-1]` when the characters match. For `*`, either use zero occurrences (`dp[i][j-2]`) or, if the preceding element matches `s[i-1]`, consume one more character (`dp[i-1][j]`). Time and space are O(m × n); memoised recursion is equivalent. Naive backtracking is exponential on patterns like `a*a*a*b`.',
    kp: [
      'dp over prefixes of string and pattern',
      'star matches zero occurrences dp[i][j-2]',
      'star consumes one character dp[i-1][j]',
      'dot matches any single character',
      'initialise empty string against star patterns',
      'O(m x n) time',
    ],
    tags: ['dynamic-programming', 'strings', 'regex'],
    sol: `function isMatch(s, p) {
  const m = s.length;
  const n = p.length;
  const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
  dp[0][0] = true;
  for (let j = 2; j <= n; j++) {
    if (p[j - 1] === '*') dp[0][j] = dp[0][j - 2];
  }
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const pc = p[j - 1];
      if (pc === '*') {
        const prev = p[j - 2];
        dp[i][j] = dp[i][j - 2] || ((prev === '.' || prev === s[i - 1]) && dp[i - 1][j]);
      } else {
        dp[i][j] = (pc === '.' || pc === s[i - 1]) && dp[i - 1][j - 1];
      }
    }
  }
  return dp[m][n];
}`,
    tests: [
      [['aa', 'a'], false, 'pattern too short'],
      [['aa', 'a*'], true, 'star repeats'],
      [['ab', '.*'], true, 'dot star matches anything'],
      [['aab', 'c*a*b'], true, 'star matches zero'],
      [['mississippi', 'mis*is*p*.'], false, 'complex non-match'],
      [['', 'a*b*'], true, 'empty string'],
    ],
  },
  {
    q: 'Write `totalNQueens(n)` that returns the number of distinct ways to place n queens on an n×n chessboard so that no two queens attack each other.',
    type: 'coding',
    cat: 'general',
    diff: 'hard',
    roles: [SWE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Backtrack row by row: in each row try every column and place a queen only if its column, main diagonal (`row - col`) and anti-diagonal (`row + col`) are all free. Tracking these in three sets (or bitmasks) makes each check O(1). After placing, recurse to the next row and then undo the placement. Reaching row n counts one solution. The search is exponential (roughly O(n!)) but pruning keeps it fast for n up to about 12; bitmask implementations are the fastest.',
    kp: [
      'backtracking row by row',
      'column set',
      'diagonal row minus col',
      'anti-diagonal row plus col',
      'undo placement after recursion',
      'bitmask optimisation',
    ],
    tags: ['backtracking', 'recursion', 'classic'],
    sol: `function totalNQueens(n) {
  const cols = new Set();
  const diag = new Set();
  const anti = new Set();
  let count = 0;
  const place = (row) => {
    if (row === n) {
      count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || diag.has(row - c) || anti.has(row + c)) continue;
      cols.add(c); diag.add(row - c); anti.add(row + c);
      place(row + 1);
      cols.delete(c); diag.delete(row - c); anti.delete(row + c);
    }
  };
  place(0);
  return count;
}`,
    tests: [
      [[1], 1, 'single square'],
      [[2], 0, 'no solution'],
      [[3], 0, 'no solution for three'],
      [[4], 2, 'four queens'],
      [[8], 92, 'classic eight queens'],
    ],
  },
  {
    q: 'Write `runningMedian(stream)` that, for a stream of numbers, returns an array with the median of all numbers seen so far after each new number. Each insertion should be O(log n).',
    type: 'coding',
    cat: 'data',
    diff: 'hard',
    roles: [DS, DE, SWE, BE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Statistics'],
    a: 'Maintain two heaps: a max-heap for the lower half and a min-heap for the upper half. Insert each number into the appropriate heap (lower if it is at most the lower max), then rebalance so the lower heap has the same size or one more element than the upper heap. The median is the top of the lower heap for odd counts, or the average of both tops for even counts. Insertion is O(log n) and reading the median O(1). For approximate medians over huge streams, mention t-digest or reservoir sampling; for sliding windows, use lazy deletion.',
    kp: [
      'max-heap for lower half',
      'min-heap for upper half',
      'rebalance sizes to differ by at most one',
      'median from heap tops',
      'O(log n) insertion',
      't-digest for approximate percentiles',
    ],
    tags: ['heap', 'streaming', 'statistics'],
    sol: `function runningMedian(stream) {
  const makeHeap = (better) => {
    const h = [];
    return {
      size: () => h.length,
      peek: () => h[0],
      push(x) {
        h.push(x);
        let i = h.length - 1;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!better(h[i], h[p])) break;
          [h[i], h[p]] = [h[p], h[i]];
          i = p;
        }
      },
      pop() {
        const top = h[0];
        const last = h.pop();
        if (h.length) {
          h[0] = last;
          let i = 0;
          for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < h.length && better(h[l], h[m])) m = l;
            if (r < h.length && better(h[r], h[m])) m = r;
            if (m === i) break;
            [h[i], h[m]] = [h[m], h[i]];
            i = m;
          }
        }
        return top;
      },
    };
  };
  const low = makeHeap((a, b) => a > b);
  const high = makeHeap((a, b) => a < b);
  const out = [];
  for (const x of stream) {
    if (low.size() === 0 || x <= low.peek()) low.push(x);
    else high.push(x);
    if (low.size() > high.size() + 1) high.push(low.pop());
    else if (high.size() > low.size()) low.push(high.pop());
    out.push(low.size() > high.size() ? low.peek() : (low.peek() + high.peek()) / 2);
  }
  return out;
}`,
    tests: [
      [[[5, 15, 1, 3]], [5, 10, 5, 4], 'mixed stream'],
      [[[]], [], 'empty stream'],
      [[[2, 2, 2]], [2, 2, 2], 'equal values'],
      [[[1, 2, 3, 4, 5]], [1, 1.5, 2, 2.5, 3], 'increasing stream'],
      [[[-1, -10, 7]], [-1, -5.5, -1], 'negative values'],
    ],
  },
];
