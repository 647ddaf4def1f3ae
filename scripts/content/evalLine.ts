import { z } from 'zod';

/** One line of tests/fixtures/captions/eval.jsonl, in the conventions of the shared labels README. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();

export const evalLineSchema = z.strictObject({
  id: z.string().regex(/^eval-\d{3}$/),
  text: z.string().min(1),
  context_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  gold: z.strictObject({
    date: partialDate,
    date_end: partialDate,
    province: z.string().nullable(),
    prefecture: z.string().nullable(),
    county: z.string().nullable(),
    foreign_place: z.string().nullable(),
    is_event: z.boolean(),
  }),
  notes: z.string(),
});
export type EvalLine = z.infer<typeof evalLineSchema>;
