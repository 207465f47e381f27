package jp.nintei.opinion.portal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.nintei.opinion.OpinionLinks;

/**
 * Turns the token in {@code /physician/opinion/{token}/…} into a PhysicianAuthentication for
 * this request only. A limited client is not even looked up; a failed look-up is counted.
 * Requests without a valid token stay anonymous, and the chain shows them the neutral page.
 */
class PhysicianLinkFilter extends OncePerRequestFilter {

    static final String RATE_LIMITED = PhysicianLinkFilter.class.getName() + ".RATE_LIMITED";
    private static final Pattern TOKEN_PATH = Pattern.compile("^/physician/opinion/([^/]+)(?:/.*)?$");

    private final OpinionLinks links;
    private final LinkFailureLimiter limiter;

    PhysicianLinkFilter(OpinionLinks links, LinkFailureLimiter limiter) {
        this.links = links;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only the link counts here: whatever else the request carries (a staff login) grants nothing.
        SecurityContextHolder.getContextHolderStrategy().clearContext();
        Matcher path = TOKEN_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (path.matches()) {
            String client = request.getRemoteAddr();
            if (limiter.isLimited(client)) {
                request.setAttribute(RATE_LIMITED, true);
            } else {
                links.resolve(path.group(1)).ifPresentOrElse(
                        access -> authenticate(access),
                        () -> limiter.recordFailure(client));
            }
        }
        chain.doFilter(request, response);
    }

    private static void authenticate(jp.nintei.opinion.LinkAccess access) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(new PhysicianAuthentication(access));
        strategy.setContext(context);
    }
}
