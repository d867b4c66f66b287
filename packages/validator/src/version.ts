// Both are set by the bundler (scripts/build.ts); running from the sources they read as a development build.
declare const __CSP_MOVE_VERSION__: string | undefined;
declare const __CSP_MOVE_BUILD__: string | undefined;

/** The package version. */
export const VERSION: string = typeof __CSP_MOVE_VERSION__ === 'string' ? __CSP_MOVE_VERSION__ : '0.0.0-dev';

/** A digest of everything bundled, so a cache never outlives the code that filled it. */
export const BUILD_ID: string = typeof __CSP_MOVE_BUILD__ === 'string' ? __CSP_MOVE_BUILD__ : 'sources';
