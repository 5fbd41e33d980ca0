/**
 * flattenSpec (JSONPathSpec) for nested input formats and legacy parseSpecs. Sources:
 * processing/.../java/util/common/parsers/{JSONPathSpec,JSONPathFieldSpec,JSONPathFieldType}.java.
 */
import { array, bool, field, object, str, union, type ObjectNode, type UnionNode } from './vocabulary.js';

/**
 * A field spec object. "type" here is a plain enum property (not a Jackson subtype) that Druid
 * upper-cases, so it is modelled as an object with a case-insensitive enum.
 */
const fieldSpecObject: ObjectNode = object('flattenSpec.field', {
  type: field(
    str({ enum: ['root', 'path', 'jq', 'tree'], caseInsensitive: true }),
    'root: a top-level field; path: a JSONPath expression; jq: a jq expression; tree: a list of nested keys. Missing type is a 400.',
    { required: true },
  ),
  name: field(str({ minLength: 1 }), 'Name of the flattened field (the column Druid reads).', {
    required: true,
  }),
  expr: field(
    str(),
    'JSONPath or jq expression; required for path and jq. For root it defaults to `name`; tree ignores it.',
    { nullable: true },
  ),
  nodes: field(array(str()), 'Keys to descend, for type tree (required there, at least one).', {
    nullable: true,
  }),
});

/** A field spec: a bare name (a root field) or an object. */
export const flattenField: UnionNode = union(str({ minLength: 1 }), fieldSpecObject);

export const flattenSpec: ObjectNode = object('flattenSpec', {
  useFieldDiscovery: field(
    bool,
    'Whether top-level fields holding scalars (or lists of scalars) are read as well as the listed fields.',
    { default: true },
  ),
  fields: field(array(flattenField), 'Fields to extract from nested data.', { default: [], nullable: true }),
});
