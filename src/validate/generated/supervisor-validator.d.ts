// Types of the generated validator (see ../supervisor-schema.ts).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
