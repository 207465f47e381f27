package jp.nintei.security.totp;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A session that has only passed the password is refused everything protected (it has no roles);
 * rather than a 403 it is sent to the second step, and comes back to the page it asked for.
 * A pending login of another realm goes to this realm's login page.
 */
final class SecondFactorAccessDeniedHandler implements AccessDeniedHandler {

    private final SecondFactorRealm realm;
    private final AccessDeniedHandler otherwise;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SecondFactorAccessDeniedHandler(SecondFactorRealm realm, AccessDeniedHandler otherwise) {
        this.realm = realm;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactorAuthentication pending)) {
            otherwise.handle(request, response, denied);
            return;
        }
        if (realm.isApiRequest(request)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!pending.realm().equals(realm.name())) {
            redirect.sendRedirect(request, response, realm.loginPage());
            return;
        }
        if (realm.secondFactorPages().matches(request)) {
            // Redirecting would loop: the chain forgot to permit the pages of the second step.
            throw new IllegalStateException("realm " + realm.name() + ": permit realm.secondFactorPages() in its chain");
        }
        realm.chain().requests().saveRequest(request, response);
        redirect.sendRedirect(request, response, realm.verifyPage());
    }
}
