package jp.nintei.opinion;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.document.IssuedDocuments;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;

/**
 * Capability links for physicians. A token is 256 random bits from SecureRandom, handed out
 * once (letter or mail) and stored only as its SHA-256. It opens one request; it stops working
 * when it expires, when staff issue a new one, when the physician declines, when staff accept
 * the opinion, or when the case ends.
 */
@Service
public class OpinionLinks {

    static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final OpinionLinkRepository links;
    private final OpinionProperties properties;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    OpinionLinks(OpinionLinkRepository links, OpinionProperties properties, CurrentUser currentUser, BusinessClock clock) {
        this.links = links;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new link; earlier links of the request stop working. The token is returned, never kept. */
    public record IssuedLink(String token, OpinionLink link) {
    }

    @Transactional
    IssuedLink issue(OpinionRequest request) {
        Instant now = clock.now();
        revokeAll(request, "reissued");
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OpinionLink link = links.save(new OpinionLink(request, hash(token), now, currentUser.id(),
                now.plus(properties.linkValidity())));
        return new IssuedLink(token, link);
    }

    /**
     * What the token grants now, if anything. Wrong, revoked, expired and finished tokens all
     * give the same empty answer, so a caller cannot tell them apart.
     */
    @Transactional(readOnly = true)
    public Optional<LinkAccess> resolve(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return links.findByTokenHash(hash(token))
                .filter(link -> link.isLive(now))
                .filter(link -> link.getRequest().getStatus().isAwaitingPhysician()
                        || link.getRequest().getStatus() == RequestStatus.SUBMITTED)
                .map(link -> new LinkAccess(link.getId(), link.getRequest().getId(), link.getRequest().getCaseId(),
                        link.getRequest().getPhysician().getPhysicianCode(),
                        link.getRequest().getStatus().isAwaitingPhysician()));
    }

    @Transactional
    void revokeAll(OpinionRequest request, String reason) {
        Instant now = clock.now();
        links.findByRequestOrderByIdAsc(request).forEach(link -> link.revoke(now, reason));
    }

    @Transactional
    void revokeAllOfCase(String caseId, String reason) {
        Instant now = clock.now();
        links.findByRequestCaseIdOrderByIdAsc(caseId).forEach(link -> link.revoke(now, reason));
    }

    /** After a send-back the physician's link works again for a full validity period. */
    @Transactional
    void reopen(OpinionRequest request) {
        Instant until = clock.now().plus(properties.linkValidity());
        links.findByRequestOrderByIdAsc(request).forEach(link -> link.extendTo(until));
    }

    /** The link the physician holds now, if one is live. */
    @Transactional(readOnly = true)
    public Optional<OpinionLink> live(OpinionRequest request) {
        Instant now = clock.now();
        List<OpinionLink> all = links.findByRequestOrderByIdAsc(request);
        return all.stream().filter(link -> link.isLive(now)).reduce((first, second) -> second);
    }

    @Transactional(readOnly = true)
    public List<OpinionLink> ofCase(String caseId) {
        return links.findByRequestCaseIdOrderByIdAsc(caseId);
    }

    static String hash(String token) {
        return IssuedDocuments.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }
}
