/**
 * The development extension identity. The manifest `key` below is the public half of a key
 * pair whose private half is not kept: it only pins the id that Chromium derives from it
 * (first 32 hex digits of sha256(DER SPKI), mapped 0-f to a-p) so that managed-policy files,
 * tests and docs can name the extension before it is installed. A store-published build gets
 * its id from the store instead; see README "Extension id".
 */
export const DEV_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3MjSXMmjXdjlZBuDpzvfV0CvYqyQ/JPF4WvcfZRnGzOF3eIsMW4ZnQLv6S/D9ghloXrmoQaYBSf6TLSd1o9c5UkIt84hlgc2iBSl6OjTpmT+KWO/il6fK5Bb0W2BII6W8Pvh+0ZDiTL7ZVaHAaAqBrJqR7tCG6C9qAeOP7fxev3uRRTkxoiuYcfhGPlQWLwekg8GsDkslxn121YoxyPakZ4ZPVK5Y4hoDM/X7nY9IhwD/iNw7aEDsv2EQ3uRwcP2cFrwpOUbERtqI2mxZtYyiiw9l+mDPlZOmGkqScKq4iOtsFtxjTknvNpmBOf4cQX63I5HLJKuEYvvFePfl3DJSQIDAQAB';
export const DEV_EXTENSION_ID = 'nhhimjjkagbbmhcdnhiboomjfcildihk';
/** Firefox needs an explicit add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'shadow-ai-guard@example.org';
