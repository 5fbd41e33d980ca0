// Types of the generated validator (see ../segment-schemas.ts).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
