// Nintei: the Camunda webapps share the application's login (single sign-on). When a webapp
// wants its own login page (after "Log out" or an expired session), send the user to the
// application's login page instead, where they can log in again.
function toApplicationLogin() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login?logout');
  }
}
window.addEventListener('hashchange', toApplicationLogin);
toApplicationLogin();
export default [];
