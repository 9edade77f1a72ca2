import { BE, DE, DS, FE, FS, QA, SWE, type Question } from '../types.ts';

export const CODING_EASY: Question[] = [
  {
    q: 'Given an array of integers `nums` and an integer `target`, return the indices of the two numbers that add up to `target` as `[i, j]` with i < j. Each input has exactly one solution and you may not use the same element twice.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, FE, FS],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Data Structures'],
    variants: [
      [
        'Return all unique pairs of values that sum to the target instead of a single pair of indices.',
        'medium',
        'Tests handling duplicates and output ordering.',
      ],
    ],
    a: 'A brute-force double loop is O(n²); the expected solution is a single pass with a hash map from value to index. For each element compute the complement `target - nums[i]`; if the complement is already in the map, return `[map.get(complement), i]`, otherwise store the current value. Checking before inserting prevents using the same element twice and handles duplicate values such as `[3, 3]`. This runs in O(n) time and O(n) extra space. If the array were sorted, a two-pointer approach would achieve O(1) extra space.',
    kp: [
      'hash map of value to index',
      'complement target minus current',
      'single pass O(n) time',
      'check before insert to avoid reusing element',
      'duplicate values handled',
    ],
    tags: ['arrays', 'hash-map', 'classic'],
    sol: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (seen.has(complement)) return [seen.get(complement), i];
    seen.set(nums[i], i);
  }
  return [];
}`,
    tests: [
      [[[2, 7, 11, 15], 9], [0, 1], 'basic pair at the start'],
      [[[3, 2, 4], 6], [1, 2], 'pair not including the first element'],
      [[[3, 3], 6], [0, 1], 'duplicate values'],
      [[[-1, -2, -3, -4, -5], -8], [2, 4], 'negative numbers'],
      [[[0, 4, 3, 0], 0], [0, 3], 'zeros summing to zero'],
    ],
  },
  {
    q: 'Write `isValidBrackets(s)` that returns true if every bracket in the string `s` (containing only `()[]{}`) is closed by the same type of bracket in the correct order.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, FE, BE, QA],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    variants: [
      [
        'Return the minimum number of brackets to add to make a string of only `(` and `)` valid.',
        'medium',
        'Counter-based variant without a stack.',
      ],
    ],
    a: 'Use a stack: push every opening bracket and, for each closing bracket, pop and check that the popped bracket is its matching opener. A lookup object mapping closers to openers keeps the comparison simple. If a closer arrives when the stack is empty or the types do not match, return false immediately. At the end the string is valid only if the stack is empty, which catches unclosed openers like `"(("`. Time is O(n) and space O(n) in the worst case.',
    kp: [
      'stack of opening brackets',
      'map closing to opening bracket',
      'pop and compare on closing bracket',
      'stack empty at the end',
      'O(n) time',
    ],
    tags: ['stack', 'strings', 'classic'],
    sol: `function isValidBrackets(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(ch);
    } else if (stack.pop() !== pairs[ch]) {
      return false;
    }
  }
  return stack.length === 0;
}`,
    tests: [
      [['()[]{}'], true, 'sequential pairs'],
      [['{[()]}'], true, 'nested pairs'],
      [['(]'], false, 'mismatched types'],
      [['([)]'], false, 'wrong closing order'],
      [['(('], false, 'unclosed openers'],
      [[''], true, 'empty string'],
    ],
  },
  {
    q: 'Write `isPalindrome(s)` that returns true if the string reads the same forwards and backwards after lower-casing it and ignoring every character that is not a letter or digit.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, FE, QA],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'JavaScript'],
    a: 'Normalise with two pointers rather than building a reversed copy: move a left pointer forward and a right pointer backward, skipping characters that are not alphanumeric (a regex test such as `/[a-z0-9]/i`). Compare the lower-cased characters at both pointers and return false on the first mismatch. When the pointers cross every pair matched, so the string is a palindrome. This is O(n) time and O(1) extra space; the simpler `replace` + `split/reverse/join` version is O(n) space but acceptable if explained.',
    kp: [
      'two pointers from both ends',
      'skip non-alphanumeric characters',
      'case-insensitive comparison',
      'O(1) extra space',
      'empty string is a palindrome',
    ],
    tags: ['strings', 'two-pointers'],
    sol: `function isPalindrome(s) {
  const isAlnum = (c) => /[a-z0-9]/i.test(c);
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    if (!isAlnum(s[left])) { left++; continue; }
    if (!isAlnum(s[right])) { right--; continue; }
    if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
    left++;
    right--;
  }
  return true;
}`,
    tests: [
      [['A man, a plan, a canal: Panama'], true, 'classic sentence palindrome'],
      [['race a car'], false, 'not a palindrome'],
      [[' '], true, 'only non-alphanumeric characters'],
      [['0P'], false, 'digit versus letter'],
      [['No lemon, no melon'], true, 'mixed case with spaces'],
    ],
  },
  {
    q: 'You are given an array `prices` where `prices[i]` is a stock price on day i. Write `maxProfit(prices)` returning the maximum profit from buying on one day and selling on a later day, or 0 if no profit is possible.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, DS],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    variants: [
      ['Allow unlimited transactions (but only one share held at a time).', 'medium', 'Greedy sum of positive day-to-day differences.'],
    ],
    a: 'Scan once while tracking the lowest price seen so far and the best profit so far. For each price, the best sale today is `price - minSoFar`; update the answer with it and then update `minSoFar`. Because the minimum is always from an earlier day, the buy-before-sell constraint is satisfied automatically. This is O(n) time and O(1) space, compared with O(n²) for checking every pair. Empty arrays or strictly decreasing prices return 0.',
    kp: [
      'track minimum price so far',
      'profit equals price minus minimum',
      'single pass O(n)',
      'O(1) space',
      'return 0 when prices only decrease',
    ],
    tags: ['arrays', 'greedy', 'classic'],
    sol: `function maxProfit(prices) {
  let minPrice = Infinity;
  let best = 0;
  for (const price of prices) {
    best = Math.max(best, price - minPrice);
    minPrice = Math.min(minPrice, price);
  }
  return best;
}`,
    tests: [
      [[[7, 1, 5, 3, 6, 4]], 5, 'buy at 1 sell at 6'],
      [[[7, 6, 4, 3, 1]], 0, 'strictly decreasing'],
      [[[]], 0, 'empty array'],
      [[[5]], 0, 'single day'],
      [[[2, 4, 1, 7]], 6, 'minimum appears after an earlier peak'],
    ],
  },
  {
    q: 'Write `mergeSorted(a, b)` that merges two arrays of numbers, each sorted in ascending order, into a single sorted array without calling `sort`.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Use two indices, one per array, and repeatedly append the smaller current element, advancing that index. When one array is exhausted, append the remainder of the other with `slice` or a loop. Using `<=` keeps the merge stable, so equal elements from `a` come first. The result is O(n + m) time and O(n + m) space, which is the merge step of merge sort. Calling `sort` would be O((n+m) log(n+m)) and ignore the sorted input.',
    kp: ['two pointers one per array', 'append smaller element', 'append remaining elements', 'O(n + m) time', 'merge step of merge sort'],
    tags: ['arrays', 'two-pointers', 'merge'],
    sol: `function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) out.push(a[i++]);
    else out.push(b[j++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}`,
    tests: [
      [
        [
          [1, 3, 5],
          [2, 4, 6],
        ],
        [1, 2, 3, 4, 5, 6],
        'interleaved',
      ],
      [[[], [1, 2]], [1, 2], 'first empty'],
      [[[1, 2], []], [1, 2], 'second empty'],
      [
        [
          [1, 1, 2],
          [1, 3],
        ],
        [1, 1, 1, 2, 3],
        'duplicates across arrays',
      ],
      [
        [
          [-5, 0],
          [-10, 10],
        ],
        [-10, -5, 0, 10],
        'negative numbers',
      ],
    ],
  },
  {
    q: 'Write `isAnagram(s, t)` that returns true if `t` is an anagram of `s` (same characters with the same counts, case-sensitive).',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, FE, BE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    a: 'If the lengths differ, return false immediately. Otherwise count character frequencies of `s` in a Map (or object), then decrement for each character of `t`; if any count would go below zero, the strings are not anagrams. This is O(n) time and O(k) space where k is the alphabet size. Sorting both strings and comparing is a simpler O(n log n) alternative worth mentioning. A Map handles Unicode characters beyond a fixed 26-letter array.',
    kp: [
      'length check first',
      'character frequency count with a map',
      'decrement counts for second string',
      'O(n) time',
      'sorting alternative O(n log n)',
    ],
    tags: ['strings', 'hash-map'],
    sol: `function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (const ch of t) {
    const n = counts.get(ch) || 0;
    if (n === 0) return false;
    counts.set(ch, n - 1);
  }
  return true;
}`,
    tests: [
      [['anagram', 'nagaram'], true, 'valid anagram'],
      [['rat', 'car'], false, 'different letters'],
      [['', ''], true, 'empty strings'],
      [['ab', 'a'], false, 'different lengths'],
      [['aacc', 'ccac'], false, 'same letters different counts'],
    ],
  },
  {
    q: 'Write `firstUniqueChar(s)` that returns the index of the first non-repeating character in the string `s`, or -1 if every character repeats.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, FE, BE],
    stack: ['JavaScript'],
    skills: ['Data Structures', 'Algorithms'],
    a: 'Make two passes. The first pass counts the occurrences of each character in a Map. The second pass walks the string in order and returns the first index whose count is 1. If no such character exists, return -1. This is O(n) time and O(k) space for k distinct characters; nested `indexOf`/`lastIndexOf` checks would be O(n²).',
    kp: [
      'frequency map first pass',
      'second pass in original order',
      'return first index with count 1',
      'return -1 when none',
      'O(n) time',
    ],
    tags: ['strings', 'hash-map'],
    sol: `function firstUniqueChar(s) {
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (let i = 0; i < s.length; i++) {
    if (counts.get(s[i]) === 1) return i;
  }
  return -1;
}`,
    tests: [
      [['leetcode'], 0, 'first character unique'],
      [['loveleetcode'], 2, 'unique character in the middle'],
      [['aabb'], -1, 'no unique character'],
      [[''], -1, 'empty string'],
      [['z'], 0, 'single character'],
    ],
  },
  {
    q: 'Implement `binarySearch(nums, target)` returning the index of `target` in the ascending sorted array `nums`, or -1 if it is absent. It must run in O(log n).',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    variants: [
      [
        'Return the index where the target would be inserted to keep the array sorted (lower bound).',
        'easy',
        'Tests the half-open interval variant.',
      ],
    ],
    a: 'Keep an inclusive range `[lo, hi]` and loop while `lo <= hi`. Compute `mid = lo + ((hi - lo) >> 1)` to avoid overflow in fixed-width languages, compare `nums[mid]` with the target, and discard the half that cannot contain it by moving `lo = mid + 1` or `hi = mid - 1`. Return `mid` on equality and -1 when the range is empty. Each iteration halves the search space, so the time is O(log n) and space O(1). The classic bugs are off-by-one loop conditions and infinite loops when the bounds are not moved past `mid`.',
    kp: [
      'inclusive lo and hi bounds',
      'mid computed without overflow',
      'discard half each iteration',
      'O(log n) time',
      'return -1 when range is empty',
    ],
    tags: ['binary-search', 'arrays', 'classic'],
    sol: `function binarySearch(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}`,
    tests: [
      [[[-1, 0, 3, 5, 9, 12], 9], 4, 'target present'],
      [[[-1, 0, 3, 5, 9, 12], 2], -1, 'target absent'],
      [[[], 1], -1, 'empty array'],
      [[[5], 5], 0, 'single element found'],
      [[[1, 2, 3, 4, 5, 6, 7, 8], 1], 0, 'first element'],
      [[[1, 2, 3, 4, 5, 6, 7, 8], 8], 7, 'last element'],
    ],
  },
  {
    q: 'Implement `flattenDeep(arr)` that flattens an arbitrarily nested array into a single-level array, preserving order, without using `Array.prototype.flat`.',
    type: 'coding',
    cat: 'frontend',
    diff: 'easy',
    roles: [FE, FS, SWE],
    stack: ['JavaScript'],
    skills: ['JavaScript', 'Algorithms'],
    variants: [['Add a `depth` parameter that limits how many levels are flattened.', 'medium', 'Mirrors the real `flat(depth)` API.']],
    a: 'Recursion is the most readable approach: iterate over the items and, if `Array.isArray(item)`, recurse and spread the result into the output; otherwise push the item. To avoid stack overflow for extremely deep nesting, use an explicit stack: push items in reverse, pop one at a time, and push array contents back in reverse so order is preserved. Both approaches are O(n) in the total number of elements. Using `Array.isArray` rather than `instanceof Array` also works across realms such as iframes.',
    kp: [
      'Array.isArray check',
      'recursion or explicit stack',
      'preserve original order',
      'O(n) total elements',
      'empty nested arrays disappear',
    ],
    tags: ['arrays', 'recursion', 'javascript'],
    sol: `function flattenDeep(arr) {
  const out = [];
  const stack = [...arr].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else {
      out.push(item);
    }
  }
  return out;
}`,
    tests: [
      [[[1, [2, [3, [4]], 5]]], [1, 2, 3, 4, 5], 'deep nesting'],
      [[[]], [], 'empty array'],
      [[[[], [[]], 1]], [1], 'empty nested arrays'],
      [[['a', ['b', ['c']]]], ['a', 'b', 'c'], 'strings'],
      [[[1, 2, 3]], [1, 2, 3], 'already flat'],
    ],
  },
  {
    q: 'Write `chunk(arr, size)` that splits an array into groups of length `size`; the final group contains the remaining elements. Return an empty array if `size` is less than 1.',
    type: 'coding',
    cat: 'frontend',
    diff: 'easy',
    roles: [FE, FS, SWE],
    stack: ['JavaScript'],
    skills: ['JavaScript'],
    a: 'Guard invalid sizes first: if `size < 1` return `[]` to avoid an infinite loop. Then step through the array with `for (let i = 0; i < arr.length; i += size)` and push `arr.slice(i, i + size)` into the result; `slice` safely clamps at the end so the last chunk is shorter when needed. The input is not mutated. Time and space are O(n). This is the same contract as lodash `chunk`, commonly used for batching API calls or rendering grids.',
    kp: ['guard size less than 1', 'step by size in loop', 'slice for each chunk', 'last chunk may be shorter', 'does not mutate input'],
    tags: ['arrays', 'utility', 'javascript'],
    sol: `function chunk(arr, size) {
  if (!(size >= 1)) return [];
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}`,
    tests: [
      [[[1, 2, 3, 4, 5], 2], [[1, 2], [3, 4], [5]], 'remainder chunk'],
      [
        [[1, 2, 3, 4], 2],
        [
          [1, 2],
          [3, 4],
        ],
        'exact division',
      ],
      [[[1, 2, 3], 5], [[1, 2, 3]], 'size larger than array'],
      [[[], 3], [], 'empty array'],
      [[[1, 2, 3], 0], [], 'invalid size'],
    ],
  },
  {
    q: 'An array `nums` contains n distinct numbers taken from the range [0, n]. Write `missingNumber(nums)` that returns the one number in the range that is missing, using O(1) extra space.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, DE],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'The expected sum of 0..n is `n * (n + 1) / 2`; subtracting the actual sum of the array leaves the missing number. This is O(n) time and O(1) space. An XOR-based solution (XOR all indices and values together) avoids overflow in fixed-width integer languages and is worth mentioning. Sorting (O(n log n)) or a Set (O(n) space) also work but violate the space constraint. Edge cases: the missing value can be 0 or n itself.',
    kp: ['Gauss sum n(n+1)/2', 'subtract actual sum', 'XOR alternative avoids overflow', 'O(1) extra space', 'missing value may be 0 or n'],
    tags: ['math', 'arrays', 'bit-manipulation'],
    sol: `function missingNumber(nums) {
  const n = nums.length;
  let sum = (n * (n + 1)) / 2;
  for (const x of nums) sum -= x;
  return sum;
}`,
    tests: [
      [[[3, 0, 1]], 2, 'missing in the middle'],
      [[[0, 1]], 2, 'missing n'],
      [[[1]], 0, 'missing zero'],
      [[[9, 6, 4, 2, 3, 5, 7, 0, 1]], 8, 'larger input'],
      [[[0]], 1, 'single zero'],
    ],
  },
  {
    q: 'Write `romanToInt(s)` that converts a valid Roman numeral (I, V, X, L, C, D, M, including subtractive forms like IV and CM) into an integer.',
    type: 'coding',
    cat: 'general',
    diff: 'easy',
    roles: [SWE, BE, QA],
    stack: ['JavaScript'],
    skills: ['Algorithms'],
    a: 'Map each symbol to its value. Walk the string left to right: if the current symbol is smaller than the next one, subtract it (subtractive notation such as IV = 4 or XC = 90); otherwise add it. This single pass handles all six subtractive pairs without special-casing them. Time is O(n) and space O(1). Good candidates mention that the input is assumed valid, and how they would validate it if not.',
    kp: [
      'symbol to value map',
      'subtract when smaller than next symbol',
      'otherwise add',
      'single pass O(n)',
      'subtractive pairs IV IX XL XC CD CM',
    ],
    tags: ['strings', 'math'],
    sol: `function romanToInt(s) {
  const value = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = value[s[i]];
    const next = i + 1 < s.length ? value[s[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}`,
    tests: [
      [['III'], 3, 'simple addition'],
      [['LVIII'], 58, 'no subtractive forms'],
      [['MCMXCIV'], 1994, 'several subtractive forms'],
      [['IV'], 4, 'single subtractive pair'],
      [['MMMCMXCIX'], 3999, 'largest standard numeral'],
    ],
  },
  {
    q: 'Write `parseQueryString(qs)` that parses a URL query string such as `"?a=1&b=hello%20world&a=2"` into an object. Values are URL-decoded; a key that appears more than once maps to an array of its values in order; a key without `=` maps to an empty string.',
    type: 'coding',
    cat: 'frontend',
    diff: 'easy',
    roles: [FE, FS, BE],
    stack: ['JavaScript'],
    skills: ['JavaScript', 'REST APIs'],
    a: 'Strip a leading `?`, split on `&`, and skip empty segments. For each pair split on the first `=` only (values may contain `=`), decode both parts with `decodeURIComponent` after replacing `+` with a space, and treat a missing `=` as an empty value. When a key already exists, convert the stored value into an array (or push to it) so repeated keys keep all values in order. In production you would use the built-in `URLSearchParams` and `getAll`, but implementing it shows understanding of encoding rules. Complexity is O(n) in the string length.',
    kp: [
      'strip leading question mark',
      'split on ampersand then first equals sign',
      'decodeURIComponent and plus as space',
      'repeated keys become arrays',
      'URLSearchParams built-in alternative',
    ],
    tags: ['strings', 'url', 'javascript', 'parsing'],
    sol: `function parseQueryString(qs) {
  const out = {};
  const body = qs.startsWith('?') ? qs.slice(1) : qs;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    const decode = (x) => decodeURIComponent(x.replace(/\\+/g, ' '));
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (!Object.prototype.hasOwnProperty.call(out, key)) out[key] = value;
    else if (Array.isArray(out[key])) out[key].push(value);
    else out[key] = [out[key], value];
  }
  return out;
}`,
    tests: [
      [['?a=1&b=2'], { a: '1', b: '2' }, 'simple pairs'],
      [['a=1&a=2&a=3'], { a: ['1', '2', '3'] }, 'repeated key without leading question mark'],
      [['?q=hello%20world&x=a+b'], { q: 'hello world', x: 'a b' }, 'percent and plus decoding'],
      [['?flag&empty='], { flag: '', empty: '' }, 'missing and empty values'],
      [[''], {}, 'empty string'],
      [['?eq=a=b'], { eq: 'a=b' }, 'value containing equals sign'],
    ],
  },
  {
    q: 'Write `movingAverage(values, k)` that returns the average of every contiguous window of `k` numbers, rounded to 2 decimal places. Return an empty array if `k` is larger than the input or less than 1.',
    type: 'coding',
    cat: 'data',
    diff: 'easy',
    roles: [DE, DS, SWE],
    stack: ['JavaScript'],
    skills: ['Algorithms', 'Statistics'],
    a: 'Use a sliding window with a running sum instead of re-summing each window. Add the first k values, emit the first average, then for each new index add `values[i]` and subtract `values[i - k]` before emitting the next average. This is O(n) time rather than O(n·k), and O(1) extra space besides the output. Round with `Math.round(x * 100) / 100` only when emitting, so rounding error does not accumulate in the running sum. Guard against `k < 1` and `k > n`.',
    kp: [
      'sliding window running sum',
      'add new value subtract outgoing value',
      'O(n) instead of O(n*k)',
      'round only at output',
      'guard k larger than input',
    ],
    tags: ['sliding-window', 'arrays', 'time-series'],
    sol: `function movingAverage(values, k) {
  if (k < 1 || k > values.length) return [];
  const round = (x) => Math.round(x * 100) / 100;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += values[i];
  const out = [round(sum / k)];
  for (let i = k; i < values.length; i++) {
    sum += values[i] - values[i - k];
    out.push(round(sum / k));
  }
  return out;
}`,
    tests: [
      [[[1, 2, 3, 4, 5], 2], [1.5, 2.5, 3.5, 4.5], 'window of two'],
      [[[10, 20, 30], 3], [20], 'single window'],
      [[[1, 2], 3], [], 'window larger than input'],
      [[[1, 2, 2], 3], [1.67], 'rounding to two decimals'],
      [[[5, 5, 5], 1], [5, 5, 5], 'window of one'],
    ],
  },
];
