/** Ids are UUIDs; anything else cannot name a row, and must not reach SQL as a uuid parameter. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
