import { NEWEST_DRUID_VERSION } from '../spec/model/version.js';

export { atLeast } from '../spec/model/version.js';

/** Emulated Druid release: the newest the spec model describes unless told otherwise. */
export const NEWEST_VERSION = NEWEST_DRUID_VERSION;
