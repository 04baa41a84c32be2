/** Form fields as read from a query string, a urlencoded body or a multipart body. */
import { PartforgeError } from "../../shared/errors.ts";

/** Field name to value; a name sent more than once keeps every value, for the reader to refuse. */
export type FieldRecord = Record<string, string | string[]>;

/** Most fields one form may carry (request fields plus parameters); 413 beyond. */
export const MAX_FORM_FIELDS = 200;

/** Collects fields into a record without a prototype (a field named `__proto__` stays a field). */
export class FieldCollector {
  readonly #fields: FieldRecord = Object.create(null) as FieldRecord;
  #count = 0;

  add(name: string, value: string): void {
    this.#count += 1;
    if (this.#count > MAX_FORM_FIELDS) {
      throw new PartforgeError("PAYLOAD_TOO_LARGE", `the form has more than ${MAX_FORM_FIELDS} fields: send at most ${MAX_FORM_FIELDS}`);
    }
    const previous = this.#fields[name];
    if (previous === undefined) this.#fields[name] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else this.#fields[name] = [previous, value];
  }

  get fields(): FieldRecord {
    return this.#fields;
  }
}
