package jp.nintei.security.totp;

import java.util.Objects;
import java.util.function.Function;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jp.nintei.security.SecurityConfig;

/**
 * One kind of account that logs in with a password and then a TOTP code: staff, board members,
 * care-manager offices. Declare it as a bean; its second-factor pages are
 * {@code <basePath>/login/second-factor} (enter a code) and {@code .../enrol} (first login), so
 * they fall under the realm's own filter chain. {@link SecondFactorLogin#configurer} attaches it
 * to that chain.
 */
public final class SecondFactorRealm {

    private final String name;
    private final String basePath;
    private final String displayName;
    private final String loginPage;
    private final String defaultTargetUrl;
    private final String issuerSuffix;
    private final Function<String, Authentication> authentication;
    private final Function<Authentication, String> accountId;
    private final RequestMatcher apiRequests;
    private volatile ChainSupport chain;

    /** What the realm's filter chain uses to finish a login; set when the chain is built. */
    record ChainSupport(SessionAuthenticationStrategy sessions, SecurityContextRepository contexts,
            RequestCache requests) {
    }

    private SecondFactorRealm(Builder b) {
        this.name = b.name;
        this.basePath = b.basePath;
        this.displayName = Objects.requireNonNull(b.displayName, "displayName");
        this.loginPage = Objects.requireNonNull(b.loginPage, "loginPage");
        this.defaultTargetUrl = b.defaultTargetUrl == null ? (basePath.isEmpty() ? "/" : basePath + "/") : b.defaultTargetUrl;
        this.issuerSuffix = b.issuerSuffix == null ? displayName : b.issuerSuffix;
        this.authentication = Objects.requireNonNull(b.authentication, "authentication");
        this.accountId = b.accountId;
        this.apiRequests = b.apiRequests;
    }

    /**
     * @param name the key of the realm's accounts in the second-factor store (e.g. "board"); never change it
     * @param basePath the path prefix of the realm's filter chain, one segment ("/board"), or "" for staff
     */
    public static Builder builder(String name, String basePath) {
        return new Builder(name, basePath);
    }

    /** For realms whose accounts come from a UserDetailsService: roles are read again after the second step. */
    public static Function<String, Authentication> fromUserDetails(UserDetailsService users) {
        return accountId -> {
            UserDetails user = users.loadUserByUsername(accountId);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }

    /** The second-factor pages, to be permitted to everyone in the realm's chain (the pages check the session). */
    public RequestMatcher secondFactorPages() {
        return new OrRequestMatcher(SecurityConfig.path(verifyPage()), SecurityConfig.path(verifyPage() + "/**"));
    }

    public String name() {
        return name;
    }

    public String basePath() {
        return basePath;
    }

    public String displayName() {
        return displayName;
    }

    public String loginPage() {
        return loginPage;
    }

    public String defaultTargetUrl() {
        return defaultTargetUrl;
    }

    public String verifyPage() {
        return basePath + "/login/second-factor";
    }

    public String enrolPage() {
        return verifyPage() + "/enrol";
    }

    String issuer(String base) {
        return issuerSuffix.isBlank() ? base : base + " " + issuerSuffix;
    }

    /** The key of the account that passed the password step. */
    String accountIdOf(Authentication passwordChecked) {
        return Objects.requireNonNull(accountId.apply(passwordChecked), "account id");
    }

    /** The full authentication, with the account's roles as they are now. */
    Authentication authenticationFor(String accountId) {
        return authentication.apply(accountId);
    }

    /** Requests answered 401 rather than redirected while the second step is missing (XHR APIs). */
    boolean isApiRequest(jakarta.servlet.http.HttpServletRequest request) {
        return apiRequests != null && apiRequests.matches(request);
    }

    void attach(ChainSupport chain) {
        this.chain = chain;
    }

    ChainSupport chain() {
        if (chain == null) {
            throw new IllegalStateException("second-factor realm " + name + " is not attached to a filter chain: "
                    + "add .with(secondFactorLogin.configurer(realm), c -> {}) to it");
        }
        return chain;
    }

    public static final class Builder {

        private final String name;
        private final String basePath;
        private String displayName;
        private String loginPage;
        private String defaultTargetUrl;
        private String issuerSuffix;
        private Function<String, Authentication> authentication;
        private Function<Authentication, String> accountId = Authentication::getName;
        private RequestMatcher apiRequests;

        private Builder(String name, String basePath) {
            if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
                throw new IllegalArgumentException("realm name: lower-case word, at most 32 characters: " + name);
            }
            if (!basePath.isEmpty() && !basePath.matches("/[a-z0-9-]+")) {
                throw new IllegalArgumentException("realm base path: \"\" or one segment like /board: " + basePath);
            }
            this.name = name;
            this.basePath = basePath;
        }

        /** Shown on the pages, e.g. 審査会委員. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** Where someone without a session (or with someone else's) is sent, e.g. /board/login. */
        public Builder loginPage(String loginPage) {
            this.loginPage = loginPage;
            return this;
        }

        /** Where a completed login goes when no page was asked for first; default basePath + "/". */
        public Builder defaultTargetUrl(String url) {
            this.defaultTargetUrl = url;
            return this;
        }

        /** Added to the issuer name in authenticator apps; default the display name, "" for none. */
        public Builder issuerSuffix(String suffix) {
            this.issuerSuffix = suffix;
            return this;
        }

        /** Builds the full authentication (with roles) of an account once both steps are done. */
        public Builder authentication(Function<String, Authentication> authentication) {
            this.authentication = authentication;
            return this;
        }

        /**
         * The account's key in the store, from the password step's authentication; default its
         * name. E.g. {@code a -> ((BoardMemberPrincipal) a.getPrincipal()).loginId()}.
         */
        public Builder accountId(Function<Authentication, String> accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder apiRequests(RequestMatcher apiRequests) {
            this.apiRequests = apiRequests;
            return this;
        }

        public SecondFactorRealm build() {
            return new SecondFactorRealm(this);
        }
    }
}
