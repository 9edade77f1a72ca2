// JSON helpers for LLM output: tolerant extraction, zod validation, and a small zod → JSON Schema
// converter (the subset our schemas use) for vendors' structured-output modes and prompts.
import { z } from 'npm:zod@3';
import { AiError, type Usage } from './types.ts';

/** Extracts the JSON value from model text: strips ``` fences and leading/trailing prose. */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  const candidates = [fenced?.[1]?.trim(), trimmed];
  const first = trimmed.search(/[[{]/);
  if (first >= 0) {
    const closer = trimmed[first] === '{' ? '}' : ']';
    const last = trimmed.lastIndexOf(closer);
    if (last > first) candidates.push(trimmed.slice(first, last + 1));
  }
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next candidate
    }
  }
  throw new SyntaxError(`not valid JSON: ${trimmed.slice(0, 120)}`);
}

/** Parses and validates; throws AiError invalid_json / schema_invalid (carrying the text for repair). */
export function parseStructured<T>(text: string, schema: z.ZodType<T> | undefined, meta: { usage?: Usage; latency_ms?: number } = {}): T {
  let value: unknown;
  try {
    value = extractJson(text);
  } catch (error) {
    throw new AiError('invalid_json', `The reply was not valid JSON (${(error as Error).message}).`, { text, ...meta });
  }
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new AiError('schema_invalid', `The reply did not match the schema: ${issues}`, { text, ...meta });
  }
  return result.data;
}

type JsonSchema = Record<string, unknown>;

/** zod (v3) → JSON Schema for objects/arrays/strings/numbers/booleans/enums/literals/unions/optional/nullable. */
export function toJsonSchema(schema: z.ZodTypeAny): JsonSchema {
  const def = schema._def as { typeName: string; description?: string };
  const withDescription = (out: JsonSchema) => (schema.description ? { ...out, description: schema.description } : out);
  switch (def.typeName) {
    case 'ZodObject': {
      const shape = (schema as z.ZodObject<z.ZodRawShape>).shape;
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, value] of Object.entries(shape)) {
        properties[key] = toJsonSchema(value as z.ZodTypeAny);
        if (!(value as z.ZodTypeAny).isOptional()) required.push(key);
      }
      return withDescription({ type: 'object', properties, required, additionalProperties: false });
    }
    case 'ZodArray': {
      const array = schema as z.ZodArray<z.ZodTypeAny>;
      const out: JsonSchema = { type: 'array', items: toJsonSchema(array.element) };
      const { minLength, maxLength } = array._def as { minLength?: { value: number }; maxLength?: { value: number } };
      if (minLength) out.minItems = minLength.value;
      if (maxLength) out.maxItems = maxLength.value;
      return withDescription(out);
    }
    case 'ZodString':
      return withDescription({ type: 'string' });
    case 'ZodNumber': {
      const checks = (schema._def as { checks: { kind: string; value?: number }[] }).checks;
      const out: JsonSchema = { type: checks.some((c) => c.kind === 'int') ? 'integer' : 'number' };
      for (const check of checks) {
        if (check.kind === 'min') out.minimum = check.value;
        if (check.kind === 'max') out.maximum = check.value;
      }
      return withDescription(out);
    }
    case 'ZodBoolean':
      return withDescription({ type: 'boolean' });
    case 'ZodEnum':
      return withDescription({ type: 'string', enum: (schema as z.ZodEnum<[string, ...string[]]>).options });
    case 'ZodLiteral':
      return withDescription({ const: (schema._def as { value: unknown }).value });
    case 'ZodUnion':
      return withDescription({ anyOf: (schema._def as { options: z.ZodTypeAny[] }).options.map(toJsonSchema) });
    case 'ZodOptional':
    case 'ZodDefault':
      return toJsonSchema((schema._def as { innerType: z.ZodTypeAny }).innerType);
    case 'ZodNullable': {
      const inner = toJsonSchema((schema._def as { innerType: z.ZodTypeAny }).innerType);
      return { anyOf: [inner, { type: 'null' }] };
    }
    case 'ZodEffects':
      return toJsonSchema((schema._def as { schema: z.ZodTypeAny }).schema);
    case 'ZodRecord':
      return withDescription({
        type: 'object',
        additionalProperties: toJsonSchema((schema._def as { valueType: z.ZodTypeAny }).valueType),
      });
    default:
      return withDescription({});
  }
}

/** Appended to the system prompt in JSON mode so that every vendor (and JSON-object-only endpoints) knows the shape. */
export function jsonInstructions(schema: z.ZodTypeAny | undefined): string {
  const shape = schema ? `\nThe JSON must match this JSON Schema:\n${JSON.stringify(toJsonSchema(schema))}` : '';
  return `\n\nReply with a single JSON object only: no prose, no markdown fences.${shape}`;
}
