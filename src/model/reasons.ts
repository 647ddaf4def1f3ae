/** Why a caption or a post did not become an event. The report and the captions command use these codes. */
export const REJECT_REASONS = [
  'bad-front-matter',
  'unreadable-post',
  'no-caption',
  'no-date',
  'year-unknown',
  'ambiguous-place',
  'no-place',
  'not-an-event',
  'image-without-caption',
  /** A captions-command input line that is not {"id", "text", "context_date"}. */
  'bad-input',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
