// Types of .dependency-cruiser.mjs, for the test that runs its rules.
import type { ICruiseOptions, IForbiddenRuleType } from 'dependency-cruiser';
declare const configuration: { forbidden: IForbiddenRuleType[]; options: ICruiseOptions };
export default configuration;
