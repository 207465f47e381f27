package jp.nintei.resident;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.time.BusinessClock;

/**
 * How a resident reaches their page: the portal client, which has authenticated the resident,
 * asks for a link for that insured number and redirects the resident's browser to it. The link
 * works once, within ten minutes, and is exchanged for a session on the resident page.
 */
@Service
public class ResidentPageLinks {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final String ENTRY_PATH = "/resident/enter";

    private final ResidentPageLinkRepository links;
    private final BusinessClock clock;

    ResidentPageLinks(ResidentPageLinkRepository links, BusinessClock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** The token goes to the resident's browser as {@code ENTRY_PATH?token=…}; it is not kept in clear. */
    public record IssuedLink(String token, Instant expiresAt) {
    }

    @Transactional
    public IssuedLink issue(String clientId, String insuredNumber) {
        String token = Secrets.generate();
        Instant now = clock.now();
        var link = links.save(new ResidentPageLink(Secrets.sha256(token), insuredNumber, clientId, now, now.plus(LIFETIME)));
        return new IssuedLink(token, link.getExpiresAt());
    }

    /** The resident the token stands for, once; empty when unknown, used or expired. */
    @Transactional
    public Optional<ResidentPrincipal> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return links.findForUse(Secrets.sha256(token))
                .filter(link -> link.usableAt(now))
                .map(link -> {
                    link.use(now);
                    return ResidentPrincipal.resident(link.getClientId(), link.getInsuredNumber());
                });
    }
}
