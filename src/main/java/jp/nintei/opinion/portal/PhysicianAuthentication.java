package jp.nintei.opinion.portal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import jp.nintei.opinion.LinkAccess;

/**
 * What a valid link grants for the length of one request: nothing is kept between requests, so
 * any app node can serve the next one. Its name is the actor in history and audit.
 */
class PhysicianAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "PHYSICIAN_LINK";

    private final LinkAccess access;

    PhysicianAuthentication(LinkAccess access) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.access = access;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public LinkAccess getPrincipal() {
        return access;
    }

    @Override
    public String getName() {
        return access.actor();
    }
}
