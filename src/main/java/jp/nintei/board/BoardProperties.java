package jp.nintei.board;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Review-board settings.
 *
 * @param packetLeadDays the allocation is fixed and the packets go out this many days before the
 *        session (DESIGN.md §3.5: about 7), unless the secretariat fixes it earlier
 * @param packetRetentionDays members may download a session's packet until this many days after it
 * @param defaultCapacity cases per session when the secretariat does not say otherwise
 * @param portalBaseUrl the member portal's address, for the links in the members' mail
 */
@ConfigurationProperties("nintei.board")
public record BoardProperties(Integer packetLeadDays, Integer packetRetentionDays, Integer defaultCapacity,
        String portalBaseUrl) {

    public BoardProperties {
        packetLeadDays = packetLeadDays == null ? 7 : packetLeadDays;
        packetRetentionDays = packetRetentionDays == null ? 7 : packetRetentionDays;
        defaultCapacity = defaultCapacity == null ? 30 : defaultCapacity;
        portalBaseUrl = portalBaseUrl == null ? "http://localhost:8080" : portalBaseUrl.replaceAll("/+$", "");
        if (packetLeadDays < 0 || packetRetentionDays < 0 || defaultCapacity < 1) {
            throw new IllegalArgumentException("nintei.board: lead and retention days must be >= 0, capacity >= 1");
        }
    }
}
