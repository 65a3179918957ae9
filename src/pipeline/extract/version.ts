/** Version of the extractor's rules and lexicons; bumped whenever its output may change (the build's cache keys on it). */
export const extractorVersion: string = '1.14.0'
