// Nintei's configuration (overrides the webjar's default file).
export default {
  customScripts: ['scripts/sso-logout']
};
