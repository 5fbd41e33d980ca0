/** The tool's version, as in package.json (a unit test keeps them equal). */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'druid-gitops';
export const INFORMATION_URI = 'https://github.com/druid-gitops/druid-gitops';
