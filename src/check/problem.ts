import type { Message } from './messages.ts';

/** One thing wrong with the content: where, which field, and the message saying what was found and expected. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path as shown to the user. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Dotted field path (`milestones[2].label`), empty for the file as a whole. */
  field: string;
  message: Message;
}
