// For checks that provoke errors on purpose: the code under test logs them with console.error, which would
// bury the test's own output.
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => {};
  try {
    return await run();
  } finally {
    console.error = original;
  }
}
