import { compareVersions, NEWEST_DRUID_VERSION } from '../spec/model/version.js';

/** Emulated Druid release: the newest the spec model describes unless told otherwise. */
export const NEWEST_VERSION = NEWEST_DRUID_VERSION;

/** True when `version` is `since` or newer ("34.0.0" ≥ "34.0.0"): behaviour that changed is gated on it. */
export const atLeast = (version: string, since: string): boolean => compareVersions(version, since) >= 0;
