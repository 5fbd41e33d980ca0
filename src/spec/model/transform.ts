/**
 * transformSpec. Sources: processing/.../segment/transform/{TransformSpec,Transform,
 * ExpressionTransform}.java.
 */
import { dimFilter } from './filters.js';
import { variant } from './scalars.js';
import { array, field, object, str, type ObjectNode, type TypedNode } from './vocabulary.js';

const TRANSFORM_ID = 'transform';

/** `Transform`: only "expression" is built in. */
const transform: TypedNode = {
  kind: 'typed',
  id: TRANSFORM_ID,
  unknownType: 'reject',
  variants: {
    expression: variant(TRANSFORM_ID, 'expression', {
      name: field(
        str({ minLength: 1 }),
        'Output field. A transform may shadow an input field of the same name (including the timestamp column).',
        { required: true },
      ),
      expression: field(str(), 'Druid expression computed from the input row.', { required: true }),
    }),
  },
};

export const transformSpec: ObjectNode = object('transformSpec', {
  filter: field(
    dimFilter,
    'Only input rows that match are ingested; the others count as thrownAway. Applied after transforms.',
    { nullable: true, default: null },
  ),
  transforms: field(
    array(transform),
    'Fields computed at ingestion time. Names must be unique (a 400 otherwise).',
    {
      nullable: true,
      default: [],
    },
  ),
});
