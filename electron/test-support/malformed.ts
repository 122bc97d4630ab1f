// Malformed payloads for a channel's request schema: the fixed shapes every channel must
// refuse (a string, a number, null, an array) plus, for object schemas, objects whose
// fields each carry a wrong type and an object with an unexpected key. Each candidate is
// kept only if the schema itself rejects it, so the list is "malformed" by definition and
// the test checks what the transports do with it, not what zod does.
import { z } from 'zod';

const WRONG_VALUES: unknown[] = [12345, 'not-the-right-type', true, null, [], { nested: true }, -1.5, ''];

export interface MalformedPayload {
  label: string;
  payload: unknown;
}

export function malformedPayloads(schema: z.ZodType): MalformedPayload[] {
  const out: MalformedPayload[] = [];
  const add = (label: string, payload: unknown) => {
    if (!schema.safeParse(payload).success) out.push({ label, payload });
  };
  add('a string', 'draft me a quarterback');
  add('a number', 42);
  add('null', null);
  add('an array', [{}, 1, 'x']);
  add('a boolean', false);

  const shape = objectShape(schema);
  if (shape) {
    const allWrong: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const wrong = WRONG_VALUES.find((v) => !field.safeParse(v).success);
      if (wrong === undefined) continue; // a field that takes anything cannot be wrong-typed
      allWrong[key] = wrong;
      add(`{${key}: ${JSON.stringify(wrong)}}`, { [key]: wrong });
    }
    if (Object.keys(allWrong).length > 1) add('every field wrong-typed', allWrong);
    add('an unexpected key', { notAField: 1 });
  }
  return out;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType);
  return null;
}
