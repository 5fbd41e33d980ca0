/**
 * timestampSpec. Sources: processing/.../data/input/impl/TimestampSpec.java and
 * java/util/common/parsers/TimestampParser.java.
 */
import { dateTime } from './scalars.js';
import { field, object, str, type ObjectNode } from './vocabulary.js';

export const timestampSpec: ObjectNode = object('timestampSpec', {
  column: field(str(), 'Input field that holds the row timestamp.', { default: 'timestamp' }),
  format: field(
    str({ minLength: 1 }),
    'auto, iso, posix (seconds), millis, micro, nano, ruby, or a Joda-Time pattern (case-insensitive keywords). An invalid pattern is a 400.',
    { default: 'auto' },
  ),
  missingValue: field(
    dateTime(),
    'Timestamp used when the column is missing or null; meant for the data loader, not production. Re-serialised as null when unset.',
    { nullable: true, default: null },
  ),
});
