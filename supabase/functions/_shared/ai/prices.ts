// USD per 1M tokens (input, output), list prices. Matched by model prefix (longest first); unknown
// models cost 0 and are flagged `priced: false`. Override/add with AI_PRICES='{"my-model":[0.1,0.2]}'.
const PRICES: Record<string, [number, number]> = {
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-4o': [2.5, 10],
  'gpt-4.1-nano': [0.1, 0.4],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1': [2, 8],
  'gpt-5-nano': [0.05, 0.4],
  'gpt-5-mini': [0.25, 2],
  'gpt-5': [1.25, 10],
  'o4-mini': [1.1, 4.4],
  'deepseek-chat': [0.27, 1.1],
  'deepseek-reasoner': [0.55, 2.19],
  'llama-3.1-8b-instant': [0.05, 0.08],
  'llama-3.3-70b-versatile': [0.59, 0.79],
  'claude-3-5-haiku': [0.8, 4],
  'claude-haiku-4-5': [1, 5],
  'claude-3-7-sonnet': [3, 15],
  'claude-sonnet-4': [3, 15],
  'claude-opus-4': [15, 75],
  'gemini-2.0-flash-lite': [0.075, 0.3],
  'gemini-2.0-flash': [0.1, 0.4],
  'gemini-2.5-flash-lite': [0.1, 0.4],
  'gemini-2.5-flash': [0.3, 2.5],
  'gemini-2.5-pro': [1.25, 10],
  'interviewai-local': [0, 0],
};

function table(): Record<string, [number, number]> {
  const extra = Deno.env.get('AI_PRICES');
  if (!extra) return PRICES;
  try {
    return { ...PRICES, ...(JSON.parse(extra) as Record<string, [number, number]>) };
  } catch {
    return PRICES;
  }
}

export function priceFor(model: string): [number, number] | undefined {
  const prices = table();
  const name = model.toLowerCase().replace(/^models\//, '');
  const key = Object.keys(prices).sort((a, b) => b.length - a.length).find((k) => name.startsWith(k));
  return key ? prices[key] : undefined;
}

/** Estimated cost in USD (6 decimals). Local/self-hosted models are free. */
export function estimateCost(provider: string, model: string, usage: { input_tokens: number; output_tokens: number }): number {
  if (provider === 'local') return 0;
  const price = priceFor(model);
  if (!price) return 0;
  return Math.round(((usage.input_tokens * price[0] + usage.output_tokens * price[1]) / 1_000_000) * 1e6) / 1e6;
}
