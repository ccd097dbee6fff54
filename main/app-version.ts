import packageJson from '../package.json' with { type: 'json' };

/** The running app's version, recorded in each backup so a newer one can be told apart. */
export const APP_VERSION: string = packageJson.version;
