import { Transform } from 'class-transformer';

/** Input text is stored without the spaces a paste or a slip of the thumb leaves around it. */
export const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
